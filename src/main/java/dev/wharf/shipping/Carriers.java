package dev.wharf.shipping;

import dev.wharf.spreadsheet.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carrier names as forwarders write them → the platform's company codes, through the seller's synced list: a code
 * ("Y073"), the short name ("shunfeng"), the full name ("顺丰速运（SF Express）") or either part of it ("顺丰速运",
 * "SF Express"), or the start of one of those when only one company fits ("顺丰", "SF").
 */
public final class Carriers {
    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, LogisticsCompany> byCode = new HashMap<>();
    private final List<Map.Entry<String, String>> aliases = new ArrayList<>();

    public Carriers(List<LogisticsCompany> companies) {
        for (LogisticsCompany c : companies) {
            byCode.put(Text.compact(c.code()).toUpperCase(java.util.Locale.ROOT), c);
            for (String alias : aliases(c)) {
                exact.putIfAbsent(alias, c.code());
                aliases.add(Map.entry(alias, c.code()));
            }
        }
    }

    private static Set<String> aliases(LogisticsCompany c) {
        Set<String> out = new LinkedHashSet<>();
        out.add(Text.key(c.code()));
        if (c.shortName() != null) {
            out.add(Text.key(c.shortName()));
        }
        String name = Text.normalise(c.name());
        out.add(Text.key(name));
        int open = name.indexOf('(');
        if (open > 0) {
            out.add(Text.key(name.substring(0, open)));
            int close = name.indexOf(')', open);
            out.add(Text.key(name.substring(open + 1, close > open ? close : name.length())));
        }
        out.remove("");
        return out;
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** A code of the seller's list, as the platform spells it. */
    public Optional<String> code(String raw) {
        LogisticsCompany c = byCode.get(Text.compact(raw).toUpperCase(java.util.Locale.ROOT));
        return Optional.ofNullable(c == null ? null : c.code());
    }

    /** The code a carrier name (or code) stands for; empty when none or several companies fit. */
    public Optional<String> resolve(String raw) {
        String key = Text.key(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String hit = exact.get(key);
        if (hit != null) {
            return Optional.of(hit);
        }
        List<String> found = candidates(key);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Codes whose names start with the text (for an ambiguous name's message). */
    public List<String> candidates(String raw) {
        String key = Text.key(raw);
        Set<String> out = new LinkedHashSet<>();
        if (key.length() >= 2) {
            for (Map.Entry<String, String> a : aliases) {
                if (a.getKey().startsWith(key)) {
                    out.add(a.getValue());
                }
            }
        }
        return List.copyOf(out);
    }

    /** "Y073 顺丰速运（SF Express）". */
    public String describe(String code) {
        LogisticsCompany c = byCode.get(code.toUpperCase(java.util.Locale.ROOT));
        return c == null ? code : c.code() + " " + c.name();
    }
}
