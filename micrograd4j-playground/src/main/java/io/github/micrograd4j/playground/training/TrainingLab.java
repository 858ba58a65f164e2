package io.github.micrograd4j.playground.training;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.data.CsvDataset;
import io.github.micrograd4j.nn.data.CsvFormatException;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.json.SettingsJson;
import io.github.micrograd4j.nn.run.RateChanges;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunMemory;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.run.SettingException;
import io.github.micrograd4j.nn.run.TrainCommandLine;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.playground.http.EventStreams;
import io.github.micrograd4j.playground.http.Exchange;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Responses;
import io.github.micrograd4j.playground.text.PlaygroundText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The training lab, the page at {@code /train}, and its API. Each open page has an id and an event
 * stream ({@code GET /api/train/events?page=ID}); it owns at most one run ({@code POST /api/train/run}),
 * on its own thread, driven by {@code POST /api/train/control} (play, pause, step, lr, weight, ...) and stopped when
 * the stream closes. At most {@link #MAX_RUNS} runs at once; past that the page is told so. The page builds
 * its URL fragment and controls from {@code GET /api/train/settings}, the table of settings
 * ({@link SettingsJson}).
 */
public final class TrainingLab {
    /** Runs at once. */
    static final int MAX_RUNS = 4;
    /** The most points a run may have. */
    static final int MAX_POINTS = 5_000;
    /** The most hidden layers. */
    static final int MAX_LAYERS = 6;
    /** The widest hidden layer. */
    static final int MAX_WIDTH = 64;
    /** The name of uploaded or clicked data, in the train command line. */
    static final String UPLOAD = "upload.csv";
    /** The longest run. */
    static final int MAX_STEPS = 1_000_000;

    /** The start of the message refusing an unknown action, the actions listed. */
    static final String ACTIONS = "action must be play, pause, step, lr, neuron, program, weight, check or model, got '";

    private final HttpHost server;
    private final Map<String, LabSession> sessions = new ConcurrentHashMap<>();

    private TrainingLab(HttpHost server) {
        this.server = server;
    }

    /**
     * Adds the lab's pages and API to a host.
     *
     * @param server the host, not yet started
     */
    public static void install(HttpHost server) {
        TrainingLab lab = new TrainingLab(server);
        int maxBody = server.limits().maxBodyBytes();
        server.asset("/train", "train.html", "text/html; charset=utf-8");
        server.asset("/train.js", "train.js", "text/javascript; charset=utf-8");
        server.asset("/train-link.js", "train-link.js", "text/javascript; charset=utf-8");
        server.asset("/train-draw.js", "train-draw.js", "text/javascript; charset=utf-8");
        server.asset("/train-drill.js", "train-drill.js", "text/javascript; charset=utf-8");
        server.asset("/train-net.js", "train-net.js", "text/javascript; charset=utf-8");
        server.asset("/train-scale.js", "train-scale.js", "text/javascript; charset=utf-8");
        server.asset("/train.css", "train.css", "text/css; charset=utf-8");
        // the loss chart's uPlot, from its WebJar in this jar (the version the POM pins)
        String uplot = "/META-INF/resources/webjars/uplot/" + webJarVersion("uplot") + "/dist/";
        server.route("GET", "/uplot.js", exchange -> Responses.send(exchange, 200, "text/javascript; charset=utf-8",
                classPath(uplot + "uPlot.iife.min.js")));
        server.route("GET", "/uplot.css", exchange -> Responses.send(exchange, 200, "text/css; charset=utf-8",
                classPath(uplot + "uPlot.min.css")));
        server.streamRoute("/api/train/events", lab::openStream);
        server.route("POST", "/api/train/run", exchange -> Responses.json(exchange, 200,
                lab.answer(LabRequest.parse(Responses.body(exchange, maxBody)), lab::start)));
        server.route("POST", "/api/train/control", exchange -> Responses.json(exchange, 200,
                lab.answer(LabRequest.parse(Responses.body(exchange, maxBody)), lab::control)));
        server.route("GET", "/api/train/settings", exchange -> Responses.json(exchange, 200, SettingsJson.write()));
        server.route("GET", "/api/train/status", exchange -> Responses.json(exchange, 200,
                "{\"runs\":" + lab.runCount() + ",\"maxRuns\":" + MAX_RUNS + "}"));
        server.onClose(lab::closeAll);
    }

    /** Answers a request, a refusal told in the request's language. */
    private String answer(LabRequest request, java.util.function.Function<LabRequest, String> action) {
        try {
            return action.apply(request);
        } catch (ApiException e) {
            throw e.in(request.language());
        }
    }

    private static String webJarVersion(String name) {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = TrainingLab.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + name + " is not on the class path (a build error)");
            }
            p.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] classPath(String path) throws IOException {
        try (java.io.InputStream in = TrainingLab.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("the jar has no " + path);
            }
            return in.readAllBytes();
        }
    }

    private void openStream(Exchange exchange) throws IOException {
        String query = exchange.rawQuery();
        String page = query == null ? null : query.replaceFirst("^(?:.*&)?page=([^&]*).*$", "$1");
        if (page == null || !LabRequest.PAGE.matcher(page).matches()) {
            throw new ApiException(400, "the training lab's event stream needs ?page= with 8-64 letters and digits");
        }
        // the session is stored before the hello goes out: the page answers the hello by starting its run
        LabSession[] made = new LabSession[2];
        EventStreams.Stream stream = server.openStream(exchange, s -> {
            made[0] = new LabSession(server.events(), s, page);
            made[1] = sessions.put(page, made[0]);
        });
        LabSession session = made[0];
        if (made[1] != null) {
            made[1].close();
        }
        stream.onClose(() -> {
            sessions.remove(page, session);
            session.close();
        });
    }

    /** How many runs are going (alive threads). */
    int runCount() {
        int n = 0;
        for (LabSession s : sessions.values()) {
            if (s.hasRun()) {
                n++;
            }
        }
        return n;
    }

    private LabSession session(String page) {
        LabSession s = sessions.get(page);
        if (s == null) {
            throw new ApiException(409, new Message(PlaygroundText.NO_STREAM, page));
        }
        return s;
    }

    private String start(LabRequest request) {
        LabSession session = session(request.page());
        Run run = create(request, Runtime.getRuntime().maxMemory() / (MAX_RUNS + 1));
        int number;
        synchronized (this) {
            if (!session.hasRun() && runCount() >= MAX_RUNS) {
                throw new ApiException(503, new Message(PlaygroundText.TOO_MANY_RUNS, MAX_RUNS));
            }
            number = session.start(run, request.play());
        }
        return info(run, request, number);
    }

    /**
     * The run a request asks for, after the lab's checks: every bad key named at once, the upload parsed,
     * the size within the lab's limits.
     *
     * @param request the page's request
     * @param memory what one run may use, in bytes (a share of the heap here, the web edition's own budget
     *     in a browser)
     * @return the new run, not started
     * @throws ApiException with the status and message the page shows, to tell in the request's language
     */
    static Run create(LabRequest request, long memory) {
        refuseBadKeys(request.settings(), memory);
        RunSettings settings;
        try {
            settings = RunSettings.fromMap(request.settings());
        } catch (SettingException e) {
            throw new ApiException(400, e.message());
        }
        Dataset given = null;
        if (request.csv() != null) {
            try {
                given = CsvDataset.parse(UPLOAD, request.csv());
            } catch (CsvFormatException e) {
                throw new ApiException(400, e.message());
            }
            if (given.featureCount() != 2) {
                throw new ApiException(400, new Message(PlaygroundText.UPLOAD_TWO_FEATURES, UPLOAD,
                        given.featureCount()));
            }
        }
        checkSize(settings, given, memory);
        try {
            return Run.create(settings, given);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, Message.reason(e));
        }
    }

    /**
     * The answer to {@code POST /api/train/run}: the run's info and its {@code train} command line.
     *
     * @param number the run's number on its page, which its frames carry
     */
    static String info(Run run, LabRequest request, int number) {
        String file = request.csv() != null ? UPLOAD : null;
        return LabInfo.json(number, run, file, TrainCommandLine.of(run.settings(), file));
    }

    /**
     * Each setting on its own, the others at their defaults: a link is applied whole or not at all, so its
     * refusal names every bad key at once (each message says what the key allows), not only the first.
     */
    private static void refuseBadKeys(Map<String, String> values, long memory) {
        List<Message> bad = new ArrayList<>();
        ApiException refusal = null;
        for (Map.Entry<String, String> e : values.entrySet()) {
            try {
                RunSettings one = RunSettings.fromMap(Map.of(e.getKey(), e.getValue()));
                if (e.getKey().equals("dataset")) {
                    Run.create(one, null); // the dataset's name is checked where the data is made
                }
                if (e.getKey().equals("points") || e.getKey().equals("layers") || e.getKey().equals("steps")) {
                    checkSize(one, null, memory);
                }
            } catch (ApiException x) { // a size the lab refuses keeps its own status (413)
                bad.add(x.message());
                refusal = x;
            } catch (IllegalArgumentException x) { // SettingException is an IllegalArgumentException
                bad.add(Message.reason(x));
            }
        }
        if (bad.size() == 1) {
            throw refusal != null ? refusal : new ApiException(400, bad.get(0));
        }
        if (!bad.isEmpty()) {
            Message all = bad.get(0);
            for (int i = 1; i < bad.size(); i++) {
                all = new Message(PlaygroundText.AND_THEN, all, bad.get(i));
            }
            throw new ApiException(400, new Message(PlaygroundText.SETTINGS_REFUSED, bad.size(), all));
        }
    }

    private static void checkSize(RunSettings s, Dataset given, long memory) {
        int points = given != null ? given.size() : s.points();
        if (points > MAX_POINTS) {
            throw new ApiException(413, new Message(PlaygroundText.POINTS_LIMIT, MAX_POINTS, points));
        }
        if (s.layers().size() > MAX_LAYERS) {
            throw new ApiException(413, new Message(PlaygroundText.LAYERS_LIMIT, MAX_LAYERS, s.layers().size()));
        }
        for (int w : s.layers()) {
            if (w > MAX_WIDTH) {
                throw new ApiException(413, new Message(PlaygroundText.WIDTH_LIMIT, MAX_WIDTH, w));
            }
        }
        if (s.steps() > MAX_STEPS) {
            throw new ApiException(413, new Message(PlaygroundText.STEPS_LIMIT, MAX_STEPS, s.steps()));
        }
        int classes = given != null ? given.classCount() : Run.classCount(s);
        try {
            RunMemory.check(points, Run.inputs(s, 2), Run.sizes(s, classes), memory);
        } catch (IllegalArgumentException e) {
            throw new ApiException(413, Message.reason(e));
        }
    }

    private String control(LabRequest request) {
        LabSession session = session(request.page());
        LabRun run = session.run();
        if (run == null) {
            throw new ApiException(409, new Message(PlaygroundText.NO_RUN));
        }
        String action = request.action() == null ? "" : request.action();
        switch (action) {
            case "play" -> run.play();
            case "pause" -> run.pause();
            case "step" -> run.step();
            case "lr" -> {
                RateChanges changes = run.between(() -> run.changeRate(request.lr()));
                RunSettings now = run.run().settings().with(Map.of("lr-changes", changes.toString()));
                String file = run.run().data().name().equals(UPLOAD) ? UPLOAD : null;
                return "{\"ok\":true,\"lrChanges\":" + LabInfo.quote(changes.toString()) + ",\"command\":"
                        + LabInfo.quote(TrainCommandLine.of(now, file)) + "}";
            }
            case "neuron" -> {
                return LabInfo.map(run.between(() -> run.neuronMap(request.neuron())));
            }
            case "program" -> {
                return run.between(() -> NeuronView.at(run.run(), request.neuron(), request.x1(), request.x2(),
                        request.language()).json());
            }
            case "weight" -> {
                return run.editWeight(request);
            }
            case "check" -> {
                return run.between(() -> RunInspection.gradientCheck(run.run()));
            }
            case "model" -> {
                return "{\"model\":" + LabInfo.quote(run.between(() -> RunInspection.modelJson(run.run()))) + "}";
            }
            default -> throw new ApiException(400, ACTIONS + action + "'");
        }
        return "{\"ok\":true}";
    }

    private void closeAll() {
        for (LabSession s : sessions.values()) {
            s.close();
        }
        sessions.clear();
    }
}
