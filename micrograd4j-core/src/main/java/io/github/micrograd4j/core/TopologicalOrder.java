package io.github.micrograd4j.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one graph traversal: an iterative depth-first post-order, so children come before the values
 * computed from them. An explicit stack instead of recursion, because graphs millions of nodes deep
 * (long chains, long sums) must not overflow the thread stack.
 */
final class TopologicalOrder {
    private TopologicalOrder() {
    }

    static List<Value> of(Value root) {
        Map<Value, Boolean> visited = new IdentityHashMap<>();
        List<Value> order = new ArrayList<>();
        Value[] stack = new Value[64];
        int[] nextChild = new int[64];
        int top = 0;
        stack[0] = root;
        nextChild[0] = 0;
        visited.put(root, Boolean.TRUE);
        while (top >= 0) {
            Value node = stack[top];
            int index = nextChild[top];
            if (index < node.childCount()) {
                nextChild[top] = index + 1;
                Value child = node.child(index);
                if (visited.put(child, Boolean.TRUE) == null) {
                    top++;
                    if (top == stack.length) {
                        stack = Arrays.copyOf(stack, top * 2);
                        nextChild = Arrays.copyOf(nextChild, top * 2);
                    }
                    stack[top] = child;
                    nextChild[top] = 0;
                }
            } else {
                order.add(node);
                stack[top] = null;
                top--;
            }
        }
        return Collections.unmodifiableList(order);
    }
}
