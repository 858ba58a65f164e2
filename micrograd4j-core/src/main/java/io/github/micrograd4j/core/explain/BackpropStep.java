package io.github.micrograd4j.core.explain;

import java.util.List;
import io.github.micrograd4j.core.Value;

/**
 * One step of backpropagation: a node whose gradient is now known, with the chain-rule terms that
 * make it up.
 *
 * @param index the step's position, 0 for the output
 * @param node the value whose gradient this step fills in
 * @param name the node's name in the text: its label, or {@code v<id>} with its topological id; {@code
 *     name#id} when another value of the explanation would have the same name
 * @param contributions one term per use of the node by a parent, in the order backpropagation adds
 *     them; empty for the output, whose gradient is 1 by definition
 * @param grad dL/dnode: 1 for the output, else the sum of the contributions
 * @param text the chain-rule sentence, e.g. {@code dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000}
 * @param reason why each local derivative is what it is, e.g. {@code d = e + c, so dd/dc = 1}
 */
public record BackpropStep(int index, Value node, String name, List<Contribution> contributions, double grad,
        String text, String reason) {

    /**
     * A step; the contribution list is copied.
     *
     * @param index the step's position
     * @param node the value
     * @param name the node's name
     * @param contributions the chain-rule terms
     * @param grad the resulting gradient
     * @param text the chain-rule sentence
     * @param reason the local-derivative reasons
     */
    public BackpropStep {
        contributions = List.copyOf(contributions);
    }
}
