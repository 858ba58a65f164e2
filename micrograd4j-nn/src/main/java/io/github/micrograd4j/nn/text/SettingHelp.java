package io.github.micrograd4j.nn.text;

/**
 * The training settings' help in Chinese, one entry per key of {@code nn.run.SettingsTable}, where the English
 * help is written. A help's {@code {choices}} is the setting's values and {@code {0}}, {@code {1}}, … the
 * values the table computes for the English text too (the generators with any classes, the momentum), so a list
 * stays in its one home; the default is appended as in English. A setting added to the table without an entry
 * here fails {@code SettingHelpTest}.
 */
public final class SettingHelp {
    private SettingHelp() {
    }

    /**
     * A setting's help in Chinese, placeholders unfilled.
     *
     * @param key the setting's key, e.g. {@code lr}
     * @return the help, or {@code null} for a key without one
     */
    public static String chinese(String key) {
        return switch (key) {
            case "dataset" -> "训练数据：一个数据生成器（{choices}）、一个 CSV 文件（先是特征，最后一列是类别标签），"
                    + "或一个参考 JSON 文件（取其中的 X 和 y）";
            case "points" -> "生成的数据点个数";
            case "noise" -> "生成数据时加入的噪声（标准差）";
            case "classes" -> "生成数据的类别数，只用于 {0}";
            case "split" -> "用于训练的数据点比例，在 (0, 1] 之内；其余的数据点（由 Random(seed + 3) 选出）作为测试集";
            case "features" -> "由每个二维数据点构造的网络输入特征，用逗号分隔：{choices}";
            case "layers" -> "各隐藏层的神经元个数，用逗号分隔，或 none（没有隐藏层）；输出层会自动加上";
            case "activation" -> "隐藏层的激活函数：{choices}";
            case "loss" -> "损失函数：{choices}（svm 是 micrograd 的最大间隔损失，bce 是由 logit 计算的交叉熵）";
            case "reg" -> "权重的正则化项：{choices}";
            case "rate" -> "正则化的强度，大于或等于 0";
            case "optimizer" -> "优化器：{choices}（momentum 即动量为 {0} 的 sgd，除非另设 --momentum）";
            case "lr" -> "第一步的学习率";
            case "momentum" -> "SGD 的动量，在 [0, 1) 之内";
            case "schedule" -> "学习率随训练步数的变化方式：{choices}（micrograd 的是第 k 步取 lr * (1 - 0.9*(k-1)/steps)）";
            case "lr-changes" -> "训练实验室记录下的学习率调整：从第 STEP+1 次更新起（即 STEP 步之后），学习率按原来的方式继续变化，"
                    + "但缩放为从 RATE 开始，例如 120:0.02,300:0.1";
            case "batch" -> "每一步使用的数据点个数，按 Random(seed + 2) 打乱后的顺序依次取出；0 或 all 表示全部数据点，"
                    + "与 micrograd 相同";
            case "seed" -> "随机种子：数据用 Random(S)，权重用 Random(S + 1)，小批量用 S + 2，训练集与测试集的划分用 S + 3";
            case "steps" -> "训练步数";
            default -> null;
        };
    }
}
