package com.modernmedia.content.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.modernmedia.content.ContentConfig;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.smallrye.config.WithName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/ is configuration that no machine here can run (no container engine, no cluster), so this test reads it
 * as kustomize, the Kubernetes API and Docker would, and checks what must hold for the service to start, be
 * reachable and stay safe: probes on the application's health paths and port, ports and variables the application
 * really reads (from application.properties and ContentConfig), every referenced key defined, a non-root pod on a
 * read-only filesystem within its limits, the database cluster replicated and backed up through the Barman Cloud
 * plugin. A plain JUnit test: it boots no Quarkus and needs no database.
 */
class ManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path K8S = DEPLOY.resolve("k8s");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";
    private static final long MEMORY_LIMIT = 512L * 1024 * 1024;

    /**
     * Secrets that the manifests use but do not define (production never commits one), with the keys each has and
     * who makes it. The dev overlay defines content-api-keys itself; a definition in a manifest is checked as such.
     */
    private static final Map<String, Set<String>> SECRETS_MADE_ELSEWHERE = Map.of(
            // The CloudNativePG operator, for the Cluster content-db: its application user (database/cluster.yaml).
            "content-db-app", Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"),
            // The deployer (deploy/README.md, "Secrets"): the bootstrap admin key and the sync tokens' signing key.
            "content-api-keys", Set.of("CONTENT_ADMIN_KEY", "CONTENT_SYNC_TOKEN_KEY"),
            // The deployer: the object store credentials the Barman Cloud plugin uses (database/objectstore.yaml).
            "content-db-backup-s3", Set.of("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"));

    /** The built-in kinds the manifests may use, each at the API version a current cluster serves. */
    private static final Map<String, Kind> BUILT_IN = Map.of(
            "ConfigMap", new Kind("v1", ConfigMap.class),
            "Secret", new Kind("v1", Secret.class),
            "Service", new Kind("v1", Service.class),
            "Deployment", new Kind("apps/v1", Deployment.class),
            "HorizontalPodAutoscaler", new Kind("autoscaling/v2", HorizontalPodAutoscaler.class),
            "PodDisruptionBudget", new Kind("policy/v1", PodDisruptionBudget.class),
            "NetworkPolicy", new Kind("networking.k8s.io/v1", NetworkPolicy.class));

    /** Custom resources of the CloudNativePG operator and its Barman Cloud plugin, read as generic resources. */
    private static final Map<String, String> CUSTOM = Map.of(
            "Cluster", "postgresql.cnpg.io/v1",
            "ScheduledBackup", "postgresql.cnpg.io/v1",
            "ObjectStore", "barmancloud.cnpg.io/v1");

    private record Kind(String apiVersion, Class<? extends HasMetadata> type) {
    }

    // ---------------------------------------------------------------------------------------------------------
    // kustomize

    @Test
    void everyFileAKustomizationNamesExistsAndEveryManifestIsNamedByOne() throws IOException {
        Set<Path> named = new HashSet<>();
        List<Path> kustomizations;
        try (Stream<Path> files = Files.walk(K8S)) {
            kustomizations = files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList();
        }
        assertFalse(kustomizations.isEmpty(), "no kustomization.yaml under " + K8S);
        for (Path kustomization : kustomizations) {
            Path dir = kustomization.getParent();
            JsonNode k = read(kustomization).get(0);
            Stream.concat(stream(k.path("resources")).map(JsonNode::asText),
                            stream(k.path("patches")).map(p -> p.path("path").asText()))
                    .map(name -> dir.resolve(name).normalize())
                    .forEach(file -> {
                        assertTrue(Files.exists(file), kustomization + " names " + file + ", which does not exist");
                        named.add(Files.isDirectory(file) ? file.resolve("kustomization.yaml") : file);
                    });
        }
        try (Stream<Path> files = Files.walk(K8S)) {
            List<Path> orphans = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml") || !f.getParent().getParent().equals(K8S.resolve("overlays")))
                    .filter(f -> !named.contains(f.normalize()))
                    .toList();
            assertEquals(List.of(), orphans, "manifests that no kustomization includes, so that kubectl apply -k never applies them");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void eachKustomizationBuildsIntoKnownKindsWithOnlyFieldsTheirApiHas(String dir) {
        List<ObjectNode> resources = build(K8S.resolve(dir));
        Set<String> seen = new HashSet<>();
        for (ObjectNode resource : resources) {
            String kind = resource.path("kind").asText(), name = resource.at("/metadata/name").asText();
            assertFalse(name.isEmpty(), dir + ": a " + kind + " without a name");
            assertTrue(seen.add(kind + "/" + name), dir + ": " + kind + "/" + name + " twice");
            String apiVersion = resource.path("apiVersion").asText();
            if (BUILT_IN.containsKey(kind)) {
                assertEquals(BUILT_IN.get(kind).apiVersion(), apiVersion, dir + ": " + kind + "/" + name);
                List<String> unknown = new ArrayList<>();
                unknownFields(YAML.convertValue(resource, BUILT_IN.get(kind).type()), kind + "/" + name, unknown);
                assertEquals(List.of(), unknown, dir + ": fields the Kubernetes API does not have (the API server would drop them)");
            } else {
                assertEquals(CUSTOM.get(kind), apiVersion, dir + ": " + kind + "/" + name + " is no kind this test knows");
                assertNotNull(YAML.convertValue(resource, GenericKubernetesResource.class).getMetadata().getName());
            }
        }
        assertTrue(seen.containsAll(Set.of("Deployment/content-api", "Service/content-api", "ConfigMap/content-api-config",
                "HorizontalPodAutoscaler/content-api", "PodDisruptionBudget/content-api", "NetworkPolicy/content-api",
                "Cluster/content-db", "ObjectStore/content-db-backups", "ScheduledBackup/content-db-daily")), dir + ": " + seen);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The pod

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void probesAskTheApplicationsHealthPathsOnItsHttpPort(String dir) {
        Build build = new Build(K8S.resolve(dir));
        Container container = build.container();
        int httpPort = build.effectivePort(container, "HTTP_PORT");
        assertProbe(build, container, container.getStartupProbe(), "/q/health/started", httpPort);
        assertProbe(build, container, container.getReadinessProbe(), "/q/health/ready", httpPort);
        assertProbe(build, container, container.getLivenessProbe(), "/q/health/live", httpPort);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void containerPortsAreThePortsTheApplicationListensOn(String dir) {
        Build build = new Build(K8S.resolve(dir));
        Container container = build.container();
        assertEquals(Map.of("http", build.effectivePort(container, "HTTP_PORT"),
                        "management", build.effectivePort(container, "MANAGEMENT_PORT")),
                container.getPorts().stream().collect(Collectors.toMap(p -> p.getName(), p -> p.getContainerPort())));
        Service service = build.one(Service.class);
        assertTrue(build.podLabels().entrySet().containsAll(service.getSpec().getSelector().entrySet()), "the Service selects the Deployment's pods");
        for (ServicePort port : service.getSpec().getPorts()) {
            build.containerPort(container, port.getTargetPort());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void podsRunAsNonRootOnAReadOnlyRootFilesystemWithoutPrivileges(String dir) {
        Build build = new Build(K8S.resolve(dir));
        PodSpec pod = build.one(Deployment.class).getSpec().getTemplate().getSpec();
        Container container = build.container();
        assertEquals(true, pod.getSecurityContext().getRunAsNonRoot());
        assertEquals(dockerfileUser(), pod.getSecurityContext().getRunAsUser(), "the pod runs as the image's user");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertEquals(false, pod.getAutomountServiceAccountToken(), "the service never calls the Kubernetes API");
        for (Boolean hostNamespace : new Boolean[] {pod.getHostNetwork(), pod.getHostPID(), pod.getHostIPC()}) {
            assertTrue(hostNamespace == null || !hostNamespace, "the pod shares no namespace with its node");
        }
        var security = container.getSecurityContext();
        assertEquals(true, security.getRunAsNonRoot());
        assertEquals(true, security.getReadOnlyRootFilesystem());
        assertEquals(false, security.getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), security.getCapabilities().getDrop());
        assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty());
        assertNull(security.getPrivileged());
        // The one writable place (brotli4j's native library, Vert.x's file cache): an emptyDir on disk, not in memory.
        var tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                .orElseThrow(() -> new AssertionError(dir + ": no writable /tmp"));
        var volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getEmptyDir(), "/tmp is an emptyDir");
        assertNotEquals("Memory", volume.getEmptyDir().getMedium(), "a tmpfs /tmp would count against the memory limit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theContainerRequestsCpuAndMemoryWithinA512MiBLimit(String dir) {
        var resources = new Build(K8S.resolve(dir)).container().getResources();
        assertEquals(BigDecimal.valueOf(MEMORY_LIMIT), bytes(resources.getLimits().get("memory")),
                "the image's JVM options are sized for a 512 MiB limit");
        assertEquals(BigDecimal.valueOf(MEMORY_LIMIT), bytes(resources.getRequests().get("memory")),
                "memory request = limit: the node never promises the pod less than it may use");
        assertNotNull(resources.getRequests().get("cpu"), "the scheduler and the HPA need a CPU request");
        assertNotNull(resources.getLimits().get("cpu"));
    }

    @Test
    void theJvmOptionsOfTheImageFitIts512MiBLimit() {
        // The caps the JVM enforces, with 80 MiB left for what it does not cap (symbols, the JIT's arenas, class
        // data sharing, thread stacks in use, malloc: about 65 MiB measured): a container over its limit is killed
        // without a word, a JVM at one of its caps fails visibly (and exits).
        String options = dockerfileEnv("JDK_JAVA_OPTIONS");
        long capped = Stream.of("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=", "-XX:MaxDirectMemorySize=")
                .mapToLong(option -> jvmSize(options, option)).sum();
        assertTrue(capped <= MEMORY_LIMIT - 80L * 1024 * 1024, "heap, metaspace, code cache and direct memory take " + (capped >> 20) + " MiB");
        assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), options);
        assertTrue(options.contains("-Xss"), "thread stacks are sized: " + options);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Configuration

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyEnvironmentVariableSetIsOneTheApplicationReads(String dir) {
        Build build = new Build(K8S.resolve(dir));
        Set<String> unread = new TreeSet<>(build.environment(build.container()).keySet());
        unread.removeIf(ManifestsTest::applicationReads);
        assertEquals(Set.of(), unread, dir + ": variables that no setting reads (misspelt, or invented)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyConfigMapAndSecretKeyReferencedIsDefined(String dir) {
        Build build = new Build(K8S.resolve(dir));
        Container container = build.container();
        for (EnvFromSource source : container.getEnvFrom()) {
            assertNotNull(source.getConfigMapRef(), "envFrom only takes ConfigMaps: a Secret's keys would be unchecked variables");
            assertNotNull(build.configMap(source.getConfigMapRef().getName()), dir + ": envFrom " + source.getConfigMapRef().getName());
        }
        for (EnvVar env : container.getEnv()) {
            var from = env.getValueFrom();
            if (from == null) {
                continue;
            }
            if (from.getConfigMapKeyRef() != null) {
                ConfigMap map = build.configMap(from.getConfigMapKeyRef().getName());
                assertNotNull(map, dir + ": " + env.getName() + " names ConfigMap " + from.getConfigMapKeyRef().getName());
                assertTrue(map.getData().containsKey(from.getConfigMapKeyRef().getKey()), dir + ": " + env.getName());
            } else {
                assertNotNull(from.getSecretKeyRef(), env.getName() + ": only ConfigMap and Secret keys are expected");
                assertSecretKey(build, from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey(), env.getName());
                assertTrue(from.getSecretKeyRef().getOptional() == null || !from.getSecretKeyRef().getOptional(),
                        env.getName() + ": a missing secret must stop the pod, not start it without the key");
            }
        }
        JsonNode credentials = build.custom("ObjectStore").at("/spec/configuration/s3Credentials");
        for (JsonNode ref : credentials) {
            assertSecretKey(build, ref.path("name").asText(), ref.path("key").asText(), "ObjectStore s3Credentials");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The database

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theServiceUsesTheClustersPrimaryWithTheOperatorsCredentials(String dir) {
        Build build = new Build(K8S.resolve(dir));
        JsonNode cluster = build.custom("Cluster");
        String name = cluster.at("/metadata/name").asText();
        Map<String, String> env = build.environment(build.container());
        assertEquals("jdbc:postgresql://" + name + "-rw:5432/" + cluster.at("/spec/bootstrap/initdb/database").asText(),
                env.get("DB_URL"), "the primary's service and the cluster's database");
        assertEquals("secret " + name + "-app/username", env.get("DB_USER"));
        assertEquals("secret " + name + "-app/password", env.get("DB_PASSWORD"));
        // Every replica the HPA may start holds DB_POOL_SIZE connections plus the change listener's.
        int pool = Integer.parseInt(env.getOrDefault("DB_POOL_SIZE", defaultOf("DB_POOL_SIZE")));
        int maxReplicas = build.one(HorizontalPodAutoscaler.class).getSpec().getMaxReplicas();
        int maxConnections = cluster.at("/spec/postgresql/parameters/max_connections").asInt(100);
        assertTrue(maxReplicas * (pool + 1) <= maxConnections - 20,
                dir + ": " + maxReplicas + " replicas × " + (pool + 1) + " connections leave too few of max_connections " + maxConnections);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theClusterArchivesAndBacksUpThroughTheBarmanCloudPluginNotTheInTreeStore(String dir) {
        Build build = new Build(K8S.resolve(dir));
        JsonNode cluster = build.custom("Cluster");
        assertTrue(cluster.at("/spec/backup/barmanObjectStore").isMissingNode(), "the in-tree barmanObjectStore is deprecated");
        assertTrue(cluster.at("/spec/imageName").asText().matches(".*/postgresql:15\\.\\d+.*"),
                "PostgreSQL 15 at a pinned minor version: " + cluster.at("/spec/imageName"));
        List<JsonNode> plugins = stream(cluster.at("/spec/plugins")).filter(p -> p.path("name").asText().equals(BARMAN_PLUGIN)).toList();
        assertEquals(1, plugins.size(), dir + ": spec.plugins " + cluster.at("/spec/plugins"));
        assertTrue(plugins.get(0).path("isWALArchiver").asBoolean(), "the plugin archives the WAL, which point-in-time recovery needs");
        JsonNode store = build.custom("ObjectStore");
        assertEquals(store.at("/metadata/name").asText(), plugins.get(0).at("/parameters/barmanObjectName").asText());
        assertTrue(store.at("/spec/configuration/serverName").isMissingNode(), "serverName belongs in the plugin's parameters");
        assertTrue(store.at("/spec/configuration/destinationPath").asText().matches("(s3|gs|https)://.+"));

        JsonNode backup = build.custom("ScheduledBackup");
        assertEquals(cluster.at("/metadata/name").asText(), backup.at("/spec/cluster/name").asText());
        assertEquals("plugin", backup.at("/spec/method").asText());
        assertEquals(BARMAN_PLUGIN, backup.at("/spec/pluginConfiguration/name").asText());
        assertEquals(6, backup.at("/spec/schedule").asText().trim().split("\\s+").length, "CloudNativePG's cron has seconds first");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/prod"})
    void theProductionClusterHasAPrimaryAndTwoReplicas(String dir) {
        assertEquals(3, new Build(K8S.resolve(dir)).custom("Cluster").at("/spec/instances").asInt());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scaling, disruption, network

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theAutoscalerAndTheDisruptionBudgetGovernTheDeploymentsPods(String dir) {
        Build build = new Build(K8S.resolve(dir));
        Deployment deployment = build.one(Deployment.class);
        var hpa = build.one(HorizontalPodAutoscaler.class).getSpec();
        assertEquals("Deployment", hpa.getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), hpa.getScaleTargetRef().getName());
        assertTrue(1 <= hpa.getMinReplicas() && hpa.getMinReplicas() <= hpa.getMaxReplicas(), dir);
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(),
                build.one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
        assertTrue(build.podLabels().entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void networkPoliciesLetThePodsReachOnlyTheirDatabaseDnsAndPublicHttps(String dir) {
        Build build = new Build(K8S.resolve(dir));
        Container container = build.container();
        String cluster = build.custom("Cluster").at("/metadata/name").asText();
        List<NetworkPolicy> policies = build.all(NetworkPolicy.class);
        for (NetworkPolicy policy : policies) {
            assertTrue(build.podLabels().entrySet().containsAll(policy.getSpec().getPodSelector().getMatchLabels().entrySet()),
                    policy.getMetadata().getName() + " selects the service's pods");
        }
        NetworkPolicy main = policies.stream().filter(p -> p.getMetadata().getName().equals("content-api")).findFirst().orElseThrow();
        assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(main.getSpec().getPolicyTypes()), "both directions are closed by default");

        // In: the HTTP port from anywhere; the management port (metrics) only from the monitoring namespace.
        Map<Integer, List<NetworkPolicyPeer>> ingress = new LinkedHashMap<>();
        for (NetworkPolicyIngressRule rule : main.getSpec().getIngress()) {
            assertFalse(rule.getPorts().isEmpty(), "an ingress rule without ports opens every port");
            for (NetworkPolicyPort port : rule.getPorts()) {
                ingress.put(build.containerPort(container, port.getPort()), rule.getFrom());
            }
        }
        assertEquals(Set.of(build.effectivePort(container, "HTTP_PORT"), build.effectivePort(container, "MANAGEMENT_PORT")), ingress.keySet());
        List<NetworkPolicyPeer> scrapers = ingress.get(build.effectivePort(container, "MANAGEMENT_PORT"));
        assertEquals(1, scrapers.size());
        assertEquals(Map.of("kubernetes.io/metadata.name", "monitoring"), scrapers.get(0).getNamespaceSelector().getMatchLabels());
        assertNull(scrapers.get(0).getIpBlock());

        // Out: the database cluster's pods on 5432 and the cluster DNS, nothing else.
        for (NetworkPolicyEgressRule rule : main.getSpec().getEgress()) {
            Set<String> ports = rule.getPorts().stream().map(p -> p.getProtocol() + "/" + p.getPort().getIntVal()).collect(Collectors.toSet());
            assertEquals(1, rule.getTo().size());
            NetworkPolicyPeer to = rule.getTo().get(0);
            assertNull(to.getIpBlock(), "no addresses: only pods by their labels");
            if (ports.equals(Set.of("TCP/5432"))) {
                assertNull(to.getNamespaceSelector(), "the database is in the service's own namespace");
                assertEquals(Map.of("cnpg.io/cluster", cluster), to.getPodSelector().getMatchLabels());
            } else {
                assertEquals(Set.of("UDP/53", "TCP/53"), ports);
                assertEquals(Map.of("k8s-app", "kube-dns"), to.getPodSelector().getMatchLabels());
                assertEquals(Map.of("kubernetes.io/metadata.name", "kube-system"), to.getNamespaceSelector().getMatchLabels());
            }
        }
        assertEquals(2, main.getSpec().getEgress().size());

        // Any other policy for these pods opens only HTTPS to public addresses (webhooks), never the cluster's own.
        for (NetworkPolicy other : policies) {
            if (other == main) {
                continue;
            }
            assertEquals(List.of("Egress"), other.getSpec().getPolicyTypes(), other.getMetadata().getName());
            for (NetworkPolicyEgressRule rule : other.getSpec().getEgress()) {
                assertEquals(List.of("TCP/443"), rule.getPorts().stream().map(p -> p.getProtocol() + "/" + p.getPort().getIntVal()).toList());
                for (NetworkPolicyPeer to : rule.getTo()) {
                    IPBlock block = to.getIpBlock();
                    assertNotNull(block, "only public addresses, by ipBlock");
                    Set<String> closed = block.getCidr().contains(":") ? Set.of("fc00::/7", "fe80::/10")
                            : Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10");
                    assertTrue(block.getExcept().containsAll(closed), other.getMetadata().getName() + " must exclude " + closed);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void eachOverlayPinsTheImage(String dir) {
        String image = new Build(K8S.resolve(dir)).container().getImage();
        assertTrue(image.matches("[a-z0-9.-]+(:\\d+)?/[a-z0-9/._-]+(:[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})"), "a registry and a tag or digest: " + image);
        assertFalse(image.endsWith(":latest"), image);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Dockerfile and compose

    @Test
    void theImageRunsAsANonRootUserAndExposesTheApplicationsPorts() {
        assertTrue(dockerfileUser() > 0, "USER is a numeric non-root id");
        int http = Integer.parseInt(defaultOf("HTTP_PORT")), management = Integer.parseInt(defaultOf("MANAGEMENT_PORT"));
        assertEquals(Set.of(http, management), runtimeStage("EXPOSE").stream()
                .flatMap(line -> Stream.of(line.split("\\s+"))).map(Integer::valueOf).collect(Collectors.toSet()));
        List<String> healthcheck = runtimeStage("HEALTHCHECK");
        assertEquals(1, healthcheck.size());
        assertTrue(healthcheck.get(0).contains("http://127.0.0.1:${HTTP_PORT:-" + http + "}/q/health/ready"), healthcheck.get(0));
        for (String from : dockerfile().stream().filter(l -> l.startsWith("FROM ")).toList()) {
            assertTrue(from.matches("FROM \\S+:\\S+(\\s+AS\\s+\\S+)?") && !from.contains(":latest"), "a pinned base image: " + from);
        }
        assertTrue(Files.exists(DEPLOY.resolve("docker/Dockerfile.dockerignore")), "BuildKit's context filter beside the Dockerfile");
    }

    @Test
    void composeStartsTheServiceWithDemoDataOnceItsDatabaseIsHealthy() {
        JsonNode compose = read(DEPLOY.resolve("compose.yaml")).get(0);
        JsonNode service = compose.at("/services/content-api");
        Path context = DEPLOY.resolve(service.at("/build/context").asText());
        assertEquals(DEPLOY.resolve("docker/Dockerfile").normalize(), context.resolve(service.at("/build/dockerfile").asText()).normalize());
        String database = service.path("depends_on").fieldNames().next();
        assertEquals("service_healthy", service.at("/depends_on/" + database + "/condition").asText());
        assertFalse(compose.at("/services/" + database + "/healthcheck/test").isMissingNode(), "the database has a health check to wait for");
        assertTrue(compose.at("/services/" + database + "/image").asText().matches("postgres:15\\.\\d+.*"));
        JsonNode env = service.path("environment");
        env.fieldNames().forEachRemaining(name -> assertTrue(applicationReads(name), name + " is read by no setting"));
        assertEquals("true", env.path("CONTENT_DEMO_DATA").asText());
        assertTrue(env.path("DB_URL").asText().startsWith("jdbc:postgresql://" + database + ":5432/"));
        assertTrue(stream(service.path("ports")).anyMatch(p -> p.asText().endsWith(":" + defaultOf("HTTP_PORT"))));
        assertEquals("512m", service.path("mem_limit").asText(), "the limit the image's JVM options are sized for");
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the application reads

    /** A variable some setting reads: a ${NAME} of application.properties, or a ContentConfig property's env form. */
    private static boolean applicationReads(String variable) {
        if (propertiesVariables().containsKey(variable)) {
            return true;
        }
        Set<String> names = new HashSet<>(), prefixes = new HashSet<>();
        configVariables(ContentConfig.class, "content", names, prefixes);
        return names.contains(variable) || prefixes.stream().anyMatch(variable::startsWith);
    }

    /** Every ${NAME} or ${NAME:default} in application.properties, with its default ("" if none). */
    private static Map<String, String> propertiesVariables() {
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}").matcher(readString(PROPERTIES));
        Map<String, String> variables = new LinkedHashMap<>();
        while (m.find()) {
            variables.putIfAbsent(m.group(1), Objects.requireNonNullElse(m.group(2), ""));
        }
        return variables;
    }

    private static String defaultOf(String variable) {
        String value = propertiesVariables().get(variable);
        assertNotNull(value, variable + " is not read in application.properties");
        return value;
    }

    /** SmallRye maps CONTENT_CACHE_MAX_SIZE to content.cache.max-size: each property of the mapping, in that form. */
    private static void configVariables(Class<?> group, String prefix, Set<String> names, Set<String> prefixes) {
        for (Method method : group.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0) {
                continue;
            }
            WithName withName = method.getAnnotation(WithName.class);
            String property = prefix + "." + (withName != null ? withName.value()
                    : method.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
            String variable = property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
            Class<?> type = method.getReturnType();
            if (type == Map.class) {
                prefixes.add(variable + "_");
            } else if (type.isInterface() && type.getName().startsWith(ContentConfig.class.getPackageName())) {
                configVariables(type, property, names, prefixes);
            } else {
                names.add(variable);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    /** One kustomization, built, with its resources typed. */
    private static final class Build {
        final String name;
        final List<ObjectNode> resources;

        Build(Path dir) {
            this.name = dir.toString();
            this.resources = build(dir);
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            String kind = type.getSimpleName();
            return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).map(r -> YAML.convertValue(r, type)).toList();
        }

        <T extends HasMetadata> T one(Class<T> type) {
            List<T> all = all(type);
            assertEquals(1, all.size(), name + ": one " + type.getSimpleName());
            return all.get(0);
        }

        JsonNode custom(String kind) {
            List<ObjectNode> all = resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
            assertEquals(1, all.size(), name + ": one " + kind);
            // Read as the API client would read a custom resource it has no class for; the tree keeps spec as written.
            return YAML.valueToTree(YAML.convertValue(all.get(0), GenericKubernetesResource.class));
        }

        ConfigMap configMap(String name) {
            return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst().orElse(null);
        }

        Container container() {
            List<Container> containers = one(Deployment.class).getSpec().getTemplate().getSpec().getContainers();
            assertEquals(1, containers.size(), name + ": one container");
            return containers.get(0);
        }

        Map<String, String> podLabels() {
            return one(Deployment.class).getSpec().getTemplate().getMetadata().getLabels();
        }

        /** The container's environment: values, ConfigMap values resolved, secrets as "secret name/key". */
        Map<String, String> environment(Container container) {
            Map<String, String> env = new LinkedHashMap<>();
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null && configMap(source.getConfigMapRef().getName()) != null) {
                    env.putAll(configMap(source.getConfigMapRef().getName()).getData());
                }
            }
            for (EnvVar var : container.getEnv()) {
                var from = var.getValueFrom();
                if (from == null) {
                    env.put(var.getName(), var.getValue());
                } else if (from.getSecretKeyRef() != null) {
                    env.put(var.getName(), "secret " + from.getSecretKeyRef().getName() + "/" + from.getSecretKeyRef().getKey());
                } else if (from.getConfigMapKeyRef() != null) {
                    ConfigMap map = configMap(from.getConfigMapKeyRef().getName());
                    env.put(var.getName(), map == null ? null : map.getData().get(from.getConfigMapKeyRef().getKey()));
                } else {
                    env.put(var.getName(), "field");
                }
            }
            return env;
        }

        /** The port the application will listen on: the variable as the pod sets it, else application.properties' default. */
        int effectivePort(Container container, String variable) {
            return Integer.parseInt(environment(container).getOrDefault(variable, defaultOf(variable)));
        }

        /** A port given by number or by the name of one of the container's ports, as a number; it must be one of them. */
        int containerPort(Container container, IntOrString port) {
            assertNotNull(port, name + ": a port");
            return container.getPorts().stream()
                    .filter(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName()) : port.getIntVal().equals(p.getContainerPort()))
                    .findFirst().orElseThrow(() -> new AssertionError(name + ": port " + port + " is none of the container's"))
                    .getContainerPort();
        }
    }

    private static void assertProbe(Build build, Container container, Probe probe, String path, int httpPort) {
        assertNotNull(probe, build.name + ": a probe on " + path);
        assertNotNull(probe.getHttpGet(), path + " is asked over HTTP");
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(httpPort, build.containerPort(container, probe.getHttpGet().getPort()), path + " is on the HTTP port, not the management port");
        assertTrue(probe.getTimeoutSeconds() != null && probe.getPeriodSeconds() != null && probe.getFailureThreshold() != null,
                path + ": its timing is set, not left to defaults");
    }

    private static void assertSecretKey(Build build, String secret, String key, String user) {
        List<Secret> defined = build.all(Secret.class).stream().filter(s -> s.getMetadata().getName().equals(secret)).toList();
        if (!defined.isEmpty()) {
            Secret s = defined.get(0);
            Set<String> keys = new HashSet<>();
            keys.addAll(s.getData() == null ? Set.of() : s.getData().keySet());
            keys.addAll(s.getStringData() == null ? Set.of() : s.getStringData().keySet());
            assertTrue(keys.contains(key), build.name + ": " + user + " needs key " + key + " of Secret " + secret);
        } else {
            assertTrue(SECRETS_MADE_ELSEWHERE.getOrDefault(secret, Set.of()).contains(key),
                    build.name + ": " + user + " needs " + secret + "/" + key + ", which no manifest defines and no one is known to make");
        }
    }

    /**
     * What `kustomize build` makes of a directory, for the fields these kustomizations use: resources (files and
     * directories), patches (strategic merge files naming their target), images and namespace. A field this does not
     * know fails the test rather than being ignored. Strategic merge as the API does it for these files: objects merge,
     * lists of named objects (containers, env, volumes) merge by name, other lists and scalars are replaced.
     */
    private static List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        assertTrue(Files.exists(file), file + " exists");
        JsonNode k = read(file).get(0);
        k.fieldNames().forEachRemaining(field -> assertTrue(
                Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images").contains(field),
                file + ": this test does not understand " + field));
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            assertTrue(Files.exists(path), file + " names " + path + ", which does not exist");
            resources.addAll(Files.isDirectory(path) ? build(path) : read(path));
        }
        for (JsonNode patch : k.path("patches")) {
            assertEquals(List.of("path"), fieldNames(patch), file + ": patches by file only");
            for (ObjectNode change : read(dir.resolve(patch.get("path").asText()))) {
                List<ObjectNode> targets = resources.stream().filter(r -> r.path("kind").equals(change.path("kind"))
                        && r.at("/metadata/name").equals(change.at("/metadata/name"))).toList();
                assertEquals(1, targets.size(), file + ": " + patch + " patches " + change.path("kind") + "/" + change.at("/metadata/name"));
                merge(targets.get(0), change);
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode resource : resources) {
                for (JsonNode container : resource.at("/spec/template/spec/containers")) {
                    String current = container.path("image").asText();
                    if (current.replaceFirst("[:@].*$", "").equals(image.path("name").asText())) {
                        String name = image.path("newName").asText(current.replaceFirst("[:@].*$", ""));
                        ((ObjectNode) container).put("image", image.has("digest") ? name + "@" + image.get("digest").asText()
                                : name + ":" + image.path("newTag").asText());
                    }
                }
            }
        }
        if (k.has("namespace")) {
            resources.forEach(r -> ((ObjectNode) r.get("metadata")).put("namespace", k.get("namespace").asText()));
        }
        return resources;
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (String field : fieldNames(patch)) {
            JsonNode current = target.get(field), change = patch.get(field);
            if (change.isNull()) {
                target.remove(field);
            } else if (current instanceof ObjectNode object && change instanceof ObjectNode changes) {
                merge(object, changes);
            } else if (current instanceof ArrayNode list && change instanceof ArrayNode changes && named(list) && named(changes)) {
                for (JsonNode item : changes) {
                    stream(list).filter(i -> i.get("name").equals(item.get("name"))).findFirst()
                            .ifPresentOrElse(i -> merge((ObjectNode) i, (ObjectNode) item), () -> list.add(item.deepCopy()));
                }
            } else {
                target.set(field, change.deepCopy());
            }
        }
    }

    private static boolean named(ArrayNode list) {
        return stream(list).allMatch(i -> i.isObject() && i.get("name") instanceof TextNode);
    }

    /** Walks a typed resource: an unknown field lands in some object's additionalProperties. */
    private static void unknownFields(Object value, String path, List<String> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, found));
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", found);
            }
        } else if (value != null && value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() > 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class
                        || Modifier.isStatic(getter.getModifiers())) {
                    continue;
                }
                Object field;
                try {
                    field = getter.invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError(path + "." + getter.getName(), e);
                }
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        found.add(path + ": " + extra.keySet());
                    }
                } else {
                    unknownFields(field, path + "." + getter.getName().substring(3), found);
                }
            }
        }
    }

    private static List<String> dockerfile() {
        // Continuation lines joined, comments dropped: one instruction per line.
        return Stream.of(readString(DEPLOY.resolve("docker/Dockerfile")).replaceAll("\\\\\\n\\s*", " ").split("\n"))
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The arguments of each instruction of the last stage, the one that runs. */
    private static List<String> runtimeStage(String instruction) {
        List<String> lines = dockerfile();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) {
                from = i;
            }
        }
        return lines.subList(from, lines.size()).stream().filter(l -> l.startsWith(instruction + " "))
                .map(l -> l.substring(instruction.length() + 1).trim()).toList();
    }

    private static long dockerfileUser() {
        List<String> users = runtimeStage("USER");
        assertEquals(1, users.size(), "one USER in the runtime stage");
        assertTrue(users.get(0).matches("\\d+(:\\d+)?"), "numeric, so that runAsNonRoot can verify it: " + users.get(0));
        return Long.parseLong(users.get(0).split(":")[0]);
    }

    private static String dockerfileEnv(String name) {
        return runtimeStage("ENV").stream().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1).replace("\"", ""))
                .findFirst().orElseThrow(() -> new AssertionError("the runtime stage sets " + name));
    }

    private static long jvmSize(String options, String option) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(option) + "(\\d+)([kmg])(?:\\s|$)").matcher(options);
        assertTrue(m.find(), "the image sets " + option + ": " + options);
        return Long.parseLong(m.group(1)) << Map.of("k", 10, "m", 20, "g", 30).get(m.group(2));
    }

    private static BigDecimal bytes(Quantity quantity) {
        assertNotNull(quantity, "a quantity");
        return Quantity.getAmountInBytes(quantity);
    }

    private static List<ObjectNode> read(Path file) {
        try (var documents = YAML.readerFor(ObjectNode.class).<ObjectNode>readValues(file.toFile())) {
            return documents.readAll().stream().filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<JsonNode> stream(JsonNode list) {
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items.stream();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
