// The training lab's workers' loops around the compiled engine. The run's, in a Web Worker (or, where none can
// start, in the page): each message (start, control) is answered between two slices of training, where the
// weights hold still, and while the run has work, slices of about SLICE_MS follow one another, each answered
// with one frame, about the 30 frames a second the server's lab sends.
const SLICE_MS = 30;

export function runner(engine, send, listen) {
  // a MessageChannel yields to incoming messages without setTimeout's 4 ms clamp
  const channel = new MessageChannel();
  let scheduled = false;
  channel.port1.onmessage = function () {
    scheduled = false;
    const frame = engine.trainTick(SLICE_MS);
    if (frame !== null && frame !== undefined) { send({frame}); }
    if (engine.trainBusy()) { schedule(); }
  };
  function schedule() {
    if (!scheduled) { scheduled = true; channel.port2.postMessage(0); }
  }
  listen(function (m) {
    const answer = m.op === "start" ? engine.trainStart(m.body) : engine.trainControl(m.body);
    send({id: m.id, answer});
    schedule();
  });
}

// The maps' worker (or, where none can start, the page): each message ({id, op: "start" | "maps", body}) answered
// at once, in order: the run's start makes its grids, and each frame's weights get their maps.
export function mapsHandler(engine, send) {
  return function (m) {
    send({id: m.id, answer: m.op === "start" ? engine.mapsStart(m.body) : engine.maps(m.body)});
  };
}
