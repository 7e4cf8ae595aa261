package dev.wharf.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {
    @Test
    void termsSplitAtAnyWhiteSpaceIncludingTheIdeographicSpace() {
        assertThat(SearchTerms.split("  王芳\u3000138  王芳 ")).containsExactly("王芳", "138");
        assertThat(SearchTerms.split(null)).isEmpty();
    }

    @Test
    void threeCharactersSearchEveryFieldCountingCodePoints() {
        assertThat(SearchTerms.indexable("王芳")).isFalse();
        assertThat(SearchTerms.indexable("欧阳娜")).isTrue();
        assertThat(SearchTerms.indexable("𠮷𠮷")).isFalse();
    }

    @Test
    void querySyntaxIsQuotedAndLikeWildcardsEscaped() {
        assertThat(SearchTerms.phrase("a\"b OR")).isEqualTo("\"a\"\"b OR\"");
        assertThat(SearchTerms.likeContains("5%_\\")).isEqualTo("%5\\%\\_\\\\%");
    }
}
