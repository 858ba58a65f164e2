package io.github.micrograd4j.playground.text;

/** The playground's refusals in Chinese. */
final class PlaygroundChinese {
    private PlaygroundChinese() {
    }

    static String text(PlaygroundText key) {
        return switch (key) {
            case PROGRAM_TOO_LONG -> "程序有 {0} 个字符，超过了练习场能运行的 {1} 个";
            case STOPPING -> "练习场正在关闭";
            case SERVER_STOPPING -> "服务器正在关闭";
            case BUSY -> "练习场正忙（{0} 个计算正在运行，{1} 个在排队）；请稍后再试";
            case TIMEOUT -> "计算超过了 {0} 毫秒，已被停止；请把程序改小一些";
            case TOO_DEEP -> "程序嵌套太深，无法运行";
            case OUT_OF_MEMORY -> "内存不足：计算图太大，超出了服务器的堆内存";
            case INTERNAL -> "内部错误：{0}（这是 micrograd4j 的缺陷；请连同你运行的程序一起报告）";
            case LAYOUT_TOO_LARGE -> "计算图的布局太大：它的 {0} 个节点需要 {1} 次跨层连线，超过了能绘制的 {2} 次";
            case GRAPH_TOO_LARGE -> "计算图有 {0} 个节点，超过了能绘制的 {1} 个；更大的计算图请用 'micrograd grad --dot'";
            case POINTS_LIMIT -> "points 在训练实验室中最多为 {0}，而不是 {1}";
            case LAYERS_LIMIT -> "layers：最多 {0} 个隐藏层，而不是 {1} 个";
            case WIDTH_LIMIT -> "layers：每层最多 {0} 个神经元，而不是 {1} 个";
            case STEPS_LIMIT -> "steps 在训练实验室中最多为 {0}，而不是 {1}";
            case UPLOAD_TWO_FEATURES -> "{0}：训练实验室只能绘制每个数据点 2 个特征的数据，而这里有 {1} 个";
            case SETTINGS_REFUSED -> "有 {0} 个设置被拒绝：{1}";
            case AND_THEN -> "{0}；{1}";
            case NO_RUN -> "这个页面还没有开始训练";
            case RUN_STOPPED -> "训练在回答之前已被停止（重置或关闭）";
            case RUN_SILENT -> "训练在 {0} 秒内没有回答";
            case LR_POSITIVE -> "lr（学习率）必须是正的有限数，而不是 {0}";
            case NEURON_RANGE -> "neuron（神经元编号）必须在 0 到 {0} 之间，而不是 {1}";
            case POINT_FINITE -> "数据点的坐标必须是有限数，而不是 ({0}, {1})";
            case STREAM_CLOSED -> "页面的事件流已关闭；请刷新页面";
            case NO_STREAM -> "页面 {0} 没有打开的事件流；请刷新页面";
            case TOO_MANY_RUNS -> "服务器已经在同时进行 {0} 个训练（这是上限）；请关闭另一个训练标签页后再试";
            case DRILL_HIDDEN -> "# 第 {1} 个隐藏层的第 {0} 个神经元，在数据点 ({2}, {3}) 处：{5} 个训练数据点中的第 {4} 个，{6}";
            case DRILL_OUTPUT -> "# 输出层的第 {0} 个神经元，在数据点 ({1}, {2}) 处：{4} 个训练数据点中的第 {3} 个，{5}";
            case DRILL_DATA -> "# 数据：这个数据点在当前权重下的前向传播。L 是训练损失函数在这个数据点上关于 out 的切线，\n# 所以每个梯度都是经过这个神经元、在这个数据点上的 dL/d(节点)";
            case DRILL_UPSTREAM -> "# dL/dout = {0}，来自整个损失函数的反向传播；L 的值就是整个损失 {1}";
            case DRILL_CLASS -> "类别 {0}";
            case DRILL_TARGET -> "目标值 {0}";
            case WEIGHT_MISSING -> "设置权重需要 layer、neuron、input 和 value；缺少 {0}";
            case WEIGHT_LAYER -> "layer 必须在 0 到 {0} 之间（这个网络有 {1} 层权重），而不是 {2}";
            case WEIGHT_NEURON -> "第 {1} 层的 neuron 必须在 0 到 {0} 之间，而不是 {2}";
            case WEIGHT_INPUT -> "第 {1} 层神经元的 input 必须在 0 到 {0} 之间，而不是 {2}";
            case VALUE_NOT_FINITE -> "value（权重的新值）必须是有限的数，而不是 {0}";
        };
    }
}
