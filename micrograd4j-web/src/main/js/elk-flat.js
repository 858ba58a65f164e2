// elkjs's answer as the compiled engine reads it back: the nodes' boxes and the edges' points, in the order
// the engine wrote the graph ({"width", "height", "nodes": [x, y, w, h, ...], "edges": [[x, y, ...], ...]}).
export function flatten(laid) {
  const flat = {width: laid.width, height: laid.height, nodes: [], edges: []};
  for (const c of laid.children) { flat.nodes.push(c.x, c.y, c.width, c.height); }
  for (const e of laid.edges) {
    const points = [];
    for (const s of e.sections || []) {
      points.push(s.startPoint.x, s.startPoint.y);
      for (const b of s.bendPoints || []) { points.push(b.x, b.y); }
      points.push(s.endPoint.x, s.endPoint.y);
    }
    flat.edges.push(points);
  }
  return flat;
}
