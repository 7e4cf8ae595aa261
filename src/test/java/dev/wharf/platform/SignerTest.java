package dev.wharf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignerTest {
    private static final String SECRET = "cvxEvN7q2ixmN6Y8DFRJmuP79H2zxctK";

    /** The parameters of the handbook's signing examples (sign.md and how-to-call-api.md). */
    private static Map<String, String> handbookParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("app_id", "zWYVVFagTfenOHDPTm");
        m.put("method", "ymatou.skus.stock.update");
        m.put("sign_method", "MD5");
        m.put("timestamp", "2017-01-01 12:00:00");
        m.put("nonce_str", "3g3jJVfI9CWwKMr45x9SkB0gbi9kAn28");
        m.put("auth_code", "UkeV6CUfk8OKKv1UkjEmfBDU75ZjunA0");
        return m;
    }

    @Test
    void signMdExampleWithoutBizContent() {
        Map<String, String> params = handbookParams();

        assertThat(Signer.canonicalString(params)).isEqualTo("app_id=zWYVVFagTfenOHDPTm"
                + "&auth_code=UkeV6CUfk8OKKv1UkjEmfBDU75ZjunA0&method=ymatou.skus.stock.update"
                + "&nonce_str=3g3jJVfI9CWwKMr45x9SkB0gbi9kAn28&sign_method=MD5&timestamp=2017-01-01 12:00:00");
        assertThat(Signer.sign(params, SECRET)).isEqualTo("AC153D8C7F8D0EFEB1BA55177DEA2031");
    }

    @Test
    void howToCallExampleWithBizContent() {
        Map<String, String> params = handbookParams();
        params.put("biz_content", "{\"sku_stocks\": [{\"outer_sku_id\":\"393992\",\"stock_num\":10},"
                + "{\"outer_sku_id\":\"393993\",\"stock_num\":12}]}");

        assertThat(Signer.sign(params, SECRET)).isEqualTo("D0150B4E113418805A6F852E7D009624");
    }

    @Test
    void gatewayRequestSignsTheSameWay() {
        GatewayRequest request = GatewayRequest.signed("zWYVVFagTfenOHDPTm", SECRET,
                "UkeV6CUfk8OKKv1UkjEmfBDU75ZjunA0", "ymatou.skus.stock.update", "2017-01-01 12:00:00",
                "3g3jJVfI9CWwKMr45x9SkB0gbi9kAn28", null);

        assertThat(request.sign()).isEqualTo("AC153D8C7F8D0EFEB1BA55177DEA2031");
        assertThat(request.toString()).doesNotContain("UkeV6CUfk8OKKv1UkjEmfBDU75ZjunA0").doesNotContain(SECRET);
    }

    @Test
    void emptyAndNullValuesAreLeftOut() {
        Map<String, String> withEmpty = handbookParams();
        withEmpty.put("biz_content", "");
        withEmpty.put("zzz", null);

        assertThat(Signer.canonicalString(withEmpty)).isEqualTo(Signer.canonicalString(handbookParams()));
        assertThat(Signer.sign(withEmpty, SECRET)).isEqualTo("AC153D8C7F8D0EFEB1BA55177DEA2031");
    }

    @Test
    void signItselfIsNotSigned() {
        Map<String, String> params = handbookParams();
        params.put("sign", "AC153D8C7F8D0EFEB1BA55177DEA2031");

        assertThat(Signer.canonicalString(params)).doesNotContain("sign=");
        assertThat(Signer.sign(params, SECRET)).isEqualTo("AC153D8C7F8D0EFEB1BA55177DEA2031");
    }

    @Test
    void keysSortInAsciiOrderUpperCaseFirst() {
        Map<String, String> params = new HashMap<>();
        params.put("b", "2");
        params.put("a", "1");
        params.put("B", "3");
        params.put("_x", "4");
        params.put("A_z", "5");

        // 'A' (65) < 'B' (66) < '_' (95) < 'a' (97) < 'b' (98)
        assertThat(Signer.canonicalString(params)).isEqualTo("A_z=5&B=3&_x=4&a=1&b=2");
    }

    @Test
    void anyChangedValueChangesTheSignature() {
        Map<String, String> params = handbookParams();
        params.put("timestamp", "2017-01-01 12:00:01");

        assertThat(Signer.sign(params, SECRET)).isNotEqualTo("AC153D8C7F8D0EFEB1BA55177DEA2031");
        assertThat(Signer.sign(handbookParams(), SECRET + "x")).isNotEqualTo("AC153D8C7F8D0EFEB1BA55177DEA2031");
    }

    @Test
    void matchesIsCaseInsensitiveAndRejectsOthers() {
        assertThat(Signer.matches("AC153D8C7F8D0EFEB1BA55177DEA2031", "ac153d8c7f8d0efeb1ba55177dea2031")).isTrue();
        assertThat(Signer.matches("AC153D8C7F8D0EFEB1BA55177DEA2031", "AC153D8C7F8D0EFEB1BA55177DEA2030")).isFalse();
        assertThat(Signer.matches("AC153D8C7F8D0EFEB1BA55177DEA2031", null)).isFalse();
    }
}
