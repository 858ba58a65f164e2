package io.github.micrograd4j.core.text;

/**
 * The engine's messages in Chinese, with the terms of a Chinese textbook: 反向传播, 前向传播, 梯度, 链式法则,
 * 局部导数, 偏导数, 计算图, 数值检验.
 */
final class CoreChinese {
    private CoreChinese() {
    }

    static String text(CoreText key) {
        return switch (key) {
            case STEP_OUTPUT -> "反向传播从输出 {1} 开始，它对自身的梯度 {0} = 1";
            case STEP_UNUSED -> "{1} 的梯度 {0} = 0：没有运算用到 {1}，它不影响 {2}";
            case STEP_CHAIN -> "由链式法则，{4} 的梯度 {0} = {1} = {2} = {3}";
            case LOCAL_RULE -> "{0} = {1}，所以局部导数 d{0}/d{2} = {3}";
            case REASON_SEPARATOR -> "；";
            case BECAUSE -> "因为 {0}";
            case DIVISION_RECIPROCAL -> "{0} = {1} ** -1 = 1 / {1}，即 {1} 的倒数：micrograd 把除法 a / b 算成 a * b ** -1，"
                    + "所以除法在计算图中画成 ** -1 和 *";
            case DIVISION_PRODUCT -> "{0} = {1} * {2} 就是除法 {1} / {3}：micrograd 把 a / b 算成 a * b ** -1，"
                    + "即乘以除数的倒数";

            case ANOMALY_FORWARD_VALUE -> "前向传播出现异常：{0}算出了 {1}";
            case ANOMALY_FORWARD_VALUE_AND_LOCAL -> "前向传播出现异常：{0}算出了 {1}，局部导数 {2}";
            case ANOMALY_FORWARD_LOCAL -> "前向传播出现异常：{0}算出了 {1}，但它的局部导数 {2} 不是有限数";
            case ANOMALY_BACKWARD -> "反向传播出现异常：{0}把它的{1}的梯度变成了 {2}（局部导数 {3} 乘以该节点的梯度 {4}，"
                    + "再累加到原有的 {5} 上）";
            case WITH_REASON -> "{0}（{1}）";
            case WITH_SITE -> "{0}；{1}";
            case CREATED_AT -> "该节点创建于 {0}";
            case CREATED_OUTSIDE -> "该节点是在异常检测模式之外创建的，无法得知创建位置";
            case THE_INPUT -> "输入";
            case FIRST_INPUT -> "第一个输入";
            case SECOND_INPUT -> "第二个输入";
            case NODE_UNLABELLED -> "一个没有标签的节点";
            case NODE_LABELLED -> "节点 '{0}'";
            case NODE_ONE_INPUT -> "{0}（运算 {1}，输入 {2}）";
            case NODE_TWO_INPUTS -> "{0}（运算 {1}，输入 {2} 和 {3}）";
            case INPUT_FROM -> "{0}，来自 '{1}'";
            case INPUT_NOT_FINITE -> "有一个输入已经是 {0}：它是叶子节点，或者是在异常检测模式之外算出来的";

            case SUM_OVERFLOWS -> "和超出了 double 的范围（绝对值大于 1.8e308）";
            case PRODUCT_OVERFLOWS -> "积超出了 double 的范围（绝对值大于 1.8e308）";
            case POWER_OVERFLOWS -> "幂超出了 double 的范围（绝对值大于 1.8e308）";
            case DIVISION_BY_ZERO -> "除以零：x / y 是按 x * y ** -1 计算的，而 0 ** -1 是无穷大";
            case ZERO_TO_NEGATIVE -> "按 IEEE 的 pow 规定，0 的负数次幂是无穷大";
            case NEGATIVE_BASE -> "负数的非整数次幂是 NaN：它的结果本应是复数";
            case ROOT_AT_ZERO -> "当 0 < c < 1 时，x ** c 在 x = 0 处的斜率 c * x ** (c - 1) 是无穷大";
            case EXPONENT_NEGATIVE_BASE -> "对指数的偏导数 x ** y * ln(x) 在底数为负时是 NaN";
            case EXPONENT_ZERO_BASE -> "在 x = 0 且 x ** y 不为 0 时，对指数的偏导数 x ** y * ln(x) 是无穷大";
            case EXP_OVERFLOWS -> "x > 709.78 时，exp(x) 超出了 double 的范围";
            case LOG_NEGATIVE -> "负数的对数是 NaN；log 只在 x > 0 时有定义";
            case LOG_ZERO -> "log(0) 是 -Infinity，它的导数 1/x 是无穷大；log 只在 x > 0 时是有限数";
            case LOG_NEAR_ZERO -> "自变量离 0 太近，log 的导数 1/x 超出了 double 的范围";

            case CHECK_INPUT -> "输入";
            case CHECK_VALUE -> "取值";
            case CHECK_ANALYTIC -> "反向传播梯度";
            case CHECK_NUMERIC -> "数值梯度";
            case CHECK_ERROR -> "误差";
            case CHECK_RESULT -> "结果";
            case CHECK_OK -> "通过";
            case CHECK_FAIL -> "不一致";
            case CHECK_CENTRAL -> "中心差分";
            case CHECK_ONE_SIDED -> "单侧差分";
            case CHECK_SUMMARY -> "{0}，eps {1}，atol {2}，rtol {3}：{4} 个通过，{5} 个不一致";

            case KINK_RELU_AT_ZERO -> "{0}：其中有个 relu 的输入在这里恰好是 0，正是它的折点，在折点处没有导数；"
                    + "反向传播在那里取 relu'(0) = 0，所以反向传播给出的梯度和输出的实际斜率不一样，实际斜率是 {1}";
            case KINK_NOT_DIFFERENTIABLE -> "{0}：输出在 {0} = {1} 处不可导（{2}，{3}），所以那里没有哪个梯度是“对”的："
                    + "数值估计把左右两侧混在了一起，反向传播的值则是运算在这一点上自己的约定（例如 relu'(0) = 0）";
            case KINK_SLOPE -> "{1}的斜率为 {0}";
            case KINK_NO_SLOPE -> "{1}没有斜率（{0}）";
            case KINK_LEFT -> "左侧";
            case KINK_RIGHT -> "右侧";
        };
    }
}
