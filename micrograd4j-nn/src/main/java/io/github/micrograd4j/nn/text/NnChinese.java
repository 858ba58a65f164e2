package io.github.micrograd4j.nn.text;

/** The nets module's messages in Chinese, with the terms of a Chinese textbook (学习率, 神经元, 损失函数, 计算图). */
final class NnChinese {
    private NnChinese() {
    }

    static String text(NnText key) {
        return switch (key) {
            case KEY_REASON -> "{0}：{1}";
            case MUST_BE_KIND -> "{0} 必须是{1}，而不是 '{2}'";
            case WHOLE_NUMBER -> "整数";
            case A_NUMBER -> "一个数";
            case MUST_BE -> "{0} 必须{1}，而不是 {2}";
            case MUST_BE_FINITE -> "{0} 必须是有限的数，而不是 {1}";
            case AT_LEAST_1 -> "至少为 1";
            case AT_LEAST_2 -> "至少为 2";
            case ZERO_OR_MORE -> "大于或等于零";
            case POSITIVE -> "为正数";
            case IN_SPLIT_RANGE -> "在 (0, 1] 之内";
            case IN_MOMENTUM_RANGE -> "在 [0, 1) 之内";
            case MOMENTUM_FOR_SGD -> "为 0（动量只用于 sgd，adam 自带一阶矩和二阶矩估计）";
            case BATCH_RANGE -> "大于或等于零（零表示使用全部数据点）";
            case LAYER_NEEDS_NEURON -> "layers：每一层至少要有 1 个神经元，而不是 {0}";
            case NOT_A_SETTING -> "{0} 不是一个设置项；可用的设置项有 {1}";
            case NOT_A_LAYER_SIZE -> "'{1}' 中的 '{0}' 不是有效的层大小";
            case UNKNOWN_CHOICE -> "未知的 {0} '{1}'；可选的有 {2}";
            case FEATURE_TWICE -> "特征 '{0}' 在 '{1}' 中出现了两次";
            case NO_FEATURE -> "至少需要一个输入特征，而不是 '{0}'；可选的有 {1}";
            case FEATURES_NEED_2D -> "特征 {0} 只适用于有 2 个坐标的数据点；{1} 的数据点有 {2} 个坐标";
            case NOT_STEP_RATE -> "'{0}' 不符合 STEP:RATE 的格式（例如 120:0.02）";
            case STEPS_INCREASING -> "'{0}'：步数必须大于或等于 0，并且逐个递增";
            case RATE_POSITIVE -> "'{0}'：学习率必须是正的有限数";
            case UNKNOWN_DATASET -> "未知的数据集 '{0}'；可选的有 {1} 和 {2}";
            case TWO_CLASSES_ONLY -> "{0} 只有 2 个类别；{1} 个类别只能用于 {2} 和 {3}";
            case LOSS_FOR_REGRESSION -> "{0} 损失函数用于回归数据集（目标值为实数），而 {1} 有 {2} 个类别；请用 {3}";
            case LOSS_FOR_CLASSES -> "{0} 损失函数用于分类，而 {1} 是回归数据集（目标值为实数）；请用 {2}";
            case THE_DATASET -> "该数据集";
            case REGRESSION_NO_CLASSES -> "{0} 是回归数据集（没有类别）；{1} 个类别只能用于 {2} 和 {3}";
            case GENERATOR_CLASSES -> "{0} 至少需要 2 个类别，而不是 {1}";
            case TOO_FEW_POINTS -> "至少需要 {0} 个数据点，而不是 {1}";
            case NOISE_RANGE -> "噪声必须是大于或等于零的有限数，而不是 {0}";
            case CLASSIFIER_CLASSES -> "分类器至少需要 2 个类别，而不是 {0}";
            case LOSS_TWO_CLASSES -> "损失函数 {0} 只能处理 2 个类别，而数据有 {1} 个；请改用 softmax";
            case RUN_TOO_LARGE -> "这次训练大约需要 {0} 内存（{1} 个数据点 × 每步每点 {2} 个计算图节点，每个节点约 {3} 字节），超过了这个 JVM 的 {4} 堆内存；{5}，或者调大堆内存（JAVA_OPTS=-Xmx...）";
            case FEWER_POINTS -> "在这样的网络层下大约能容纳 {0} 个数据点；请减少 --points 或缩小 --layers";
            case SMALLER_LAYERS -> "请缩小 --layers";
            case HISTORY_TOO_LARGE -> "--steps {0}：记录每一步大约需要 {1} MB 内存，超过了这个 JVM 的 {2} MB 堆内存的一半；最多只能训练 {3} 步";
            case CSV_FEW_COLUMNS -> "{0}：第 {1} 行：至少需要 2 列（先是特征，最后是类别标签），而这一行只有 {2} 列";
            case CSV_COLUMNS_HEADER -> "{0}：第 {1} 行：应有 {2} 列（与第 {3} 行的表头一致），实际有 {4} 列";
            case CSV_COLUMNS_FIRST -> "{0}：第 {1} 行：应有 {2} 列（与第一行一致），实际有 {3} 列";
            case CSV_NOT_FINITE -> "{0}：第 {1} 行第 {2} 列：'{3}' 不是有限的数";
            case CSV_LABEL_NOT_WHOLE -> "{0}：第 {1} 行第 {2} 列：类别标签 '{3}' 不是整数";
            case CSV_NO_ROWS -> "{0}：没有数据行（每行应形如 '0.5,-1.2,1'：先是特征，最后是类别标签）";
            case CSV_ONE_CLASS -> "{0}：每一行的类别标签都是 {1}；分类器至少需要 2 个类别";
            case DEFAULT_IS -> "{0}（默认：{1}）。";
            case NO_DEFAULT -> "无";
            case DEFAULT_GENERATORS -> "由数据生成器决定：{0}";
            case DEFAULT_LOSS -> "2 个类别时为 {0}，更多类别时为 {1}，{3} 上为 {2}";
            case DEFAULT_OPTIMIZER -> "由优化器决定：{0}；在 {1} 上为 {2}";
            case DEFAULT_MOMENTUM -> "0；优化器为 momentum 时为 {0}";
            case CHOICE_OR -> "{0} 或 {1}";
            case CHOICE_AND -> "{0} 和 {1}";
        };
    }
}
