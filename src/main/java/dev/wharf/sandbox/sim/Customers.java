package dev.wharf.sandbox.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the sandbox shop's customers. Customer {@code i} of a seed depends only on the seed and {@code i}, so
 * {@code generate(seed, 10)} is the start of {@code generate(seed, 1000)}, and the segments keep their shares
 * ({@link CustomerSegment#share()}) in every prefix: they follow a low-discrepancy sequence rather than independent
 * draws, so even 10 customers include loyal, dormant and new ones.
 */
public final class Customers {

    /** The inverse golden ratio: steps of it spread evenly over [0, 1). */
    private static final double GOLDEN_STEP = 0.6180339887498949;

    private static final List<String[]> SURNAMES = List.of(
            new String[] {"王", "wang"}, new String[] {"李", "li"}, new String[] {"张", "zhang"},
            new String[] {"刘", "liu"}, new String[] {"陈", "chen"}, new String[] {"杨", "yang"},
            new String[] {"黄", "huang"}, new String[] {"赵", "zhao"}, new String[] {"吴", "wu"},
            new String[] {"周", "zhou"}, new String[] {"徐", "xu"}, new String[] {"孙", "sun"},
            new String[] {"马", "ma"}, new String[] {"朱", "zhu"}, new String[] {"胡", "hu"},
            new String[] {"郭", "guo"}, new String[] {"何", "he"}, new String[] {"林", "lin"},
            new String[] {"罗", "luo"}, new String[] {"高", "gao"}, new String[] {"郑", "zheng"},
            new String[] {"梁", "liang"}, new String[] {"谢", "xie"}, new String[] {"宋", "song"},
            new String[] {"唐", "tang"}, new String[] {"韩", "han"}, new String[] {"冯", "feng"},
            new String[] {"邓", "deng"}, new String[] {"曹", "cao"}, new String[] {"钱", "qian"});

    private static final List<String[]> GIVEN_NAMES = List.of(
            new String[] {"晓雨", "xiaoyu"}, new String[] {"欣怡", "xinyi"}, new String[] {"子涵", "zihan"},
            new String[] {"雨桐", "yutong"}, new String[] {"思琪", "siqi"}, new String[] {"佳怡", "jiayi"},
            new String[] {"婷", "ting"}, new String[] {"静", "jing"}, new String[] {"丽娜", "lina"},
            new String[] {"敏", "min"}, new String[] {"芳", "fang"}, new String[] {"雪", "xue"},
            new String[] {"慧", "hui"}, new String[] {"玲", "ling"}, new String[] {"颖", "ying"},
            new String[] {"倩", "qian"}, new String[] {"悦", "yue"}, new String[] {"梦洁", "mengjie"},
            new String[] {"诗涵", "shihan"}, new String[] {"雅琴", "yaqin"}, new String[] {"伟", "wei"},
            new String[] {"磊", "lei"}, new String[] {"浩然", "haoran"}, new String[] {"俊杰", "junjie"},
            new String[] {"宇轩", "yuxuan"}, new String[] {"志强", "zhiqiang"}, new String[] {"翼", "yi"},
            new String[] {"嘉豪", "jiahao"});

    /** Province, city, district, postal code, and how many of the shop's buyers live there (weight). */
    private record Region(String province, String city, String district, String zip, double weight) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("上海市", "上海市", "浦东新区", "200120", 9), new Region("上海市", "上海市", "徐汇区", "200030", 6),
            new Region("上海市", "上海市", "静安区", "200040", 5), new Region("北京市", "北京市", "朝阳区", "100020", 8),
            new Region("北京市", "北京市", "海淀区", "100080", 6), new Region("广东省", "广州市", "天河区", "510620", 6),
            new Region("广东省", "深圳市", "南山区", "518052", 6), new Region("广东省", "深圳市", "福田区", "518033", 5),
            new Region("浙江省", "杭州市", "西湖区", "310012", 6), new Region("浙江省", "宁波市", "鄞州区", "315100", 3),
            new Region("江苏省", "南京市", "鼓楼区", "210008", 4), new Region("江苏省", "苏州市", "姑苏区", "215008", 4),
            new Region("四川省", "成都市", "锦江区", "610021", 4), new Region("湖北省", "武汉市", "武昌区", "430060", 3),
            new Region("重庆市", "重庆市", "渝中区", "400010", 3), new Region("天津市", "天津市", "和平区", "300041", 2),
            new Region("福建省", "厦门市", "思明区", "361001", 3), new Region("山东省", "青岛市", "市南区", "266001", 2),
            new Region("陕西省", "西安市", "雁塔区", "710061", 2), new Region("湖南省", "长沙市", "岳麓区", "410006", 2),
            new Region("辽宁省", "大连市", "中山区", "116001", 1), new Region("云南省", "昆明市", "五华区", "650032", 1));

    private static final double[] REGION_WEIGHTS = REGIONS.stream().mapToDouble(Region::weight).toArray();

    private static final List<String> ROADS = List.of("人民路", "中山路", "解放路", "建设路", "和平路", "文化路",
            "长江路", "新华路", "青年路", "南京路", "延安路", "淮海路", "复兴路", "世纪大道", "学院路", "滨江大道");

    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "134", "135", "136",
            "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "180", "181", "182",
            "183", "184", "185", "186", "187", "188", "189");

    private Customers() {
    }

    /**
     * The first {@code count} customers of this seed.
     *
     * @throws IllegalArgumentException if count is negative
     */
    public static List<Customer> generate(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            customers.add(customer(seed, i));
        }
        return List.copyOf(customers);
    }

    /** Customer number {@code index} (from 0) of this seed: the same as {@code generate(seed, n).get(index)}. */
    public static Customer customer(long seed, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        SplittableRandom random = Seeds.random(seed, Seeds.CUSTOMERS, index);
        String[] surname = Draw.any(random, SURNAMES);
        String[] given = Draw.any(random, GIVEN_NAMES);
        Region region = Draw.weighted(random, REGIONS, REGION_WEIGHTS);
        String mobile = Draw.any(random, MOBILE_PREFIXES) + digits(random.nextInt(100_000_000), 8);
        String address = region.district() + Draw.any(random, ROADS) + (1 + random.nextInt(1999)) + "号"
                + (1 + random.nextInt(30)) + "号楼" + (1 + random.nextInt(32)) + digits(1 + random.nextInt(6), 2) + "室";
        String buyerId = surname[1] + given[1] + "_" + (1001 + index);
        return new Customer(buyerId, surname[0] + given[0], mobile, region.province(), region.city(), address,
                region.zip(), segment(seed, index));
    }

    /**
     * Who checks out next: a customer drawn with probability proportional to their segment's
     * {@link CustomerSegment#purchaseWeight()}, so loyal customers buy far more often than dormant ones.
     */
    public static Customer pickBuyer(SplittableRandom random, List<Customer> customers) {
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("no customers to pick from");
        }
        double[] weights = customers.stream().mapToDouble(c -> c.segment().purchaseWeight()).toArray();
        return Draw.weighted(random, customers, weights);
    }

    private static String digits(int number, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", number);
    }

    private static CustomerSegment segment(long seed, int index) {
        double offset = (Seeds.mix(seed, Seeds.CUSTOMERS) >>> 11) * 0x1.0p-53;
        double point = (offset + index * GOLDEN_STEP) % 1.0;
        for (CustomerSegment segment : CustomerSegment.values()) {
            point -= segment.share();
            if (point < 0) {
                return segment;
            }
        }
        return CustomerSegment.NEW;
    }
}
