import { MULTI_INSTALL_KEYWORD } from '../../contract/keywords';
import { activeApplications, hasKaapanaintRelease } from './applications';
import { fixtureProject } from './catalog';
import { realClock, type Clock } from './clock';
import { helmStatusAt } from './deployments';
import { ansiCTime, hashHex, htmlEscape } from './format';
import { isPlan, isValidReleaseName, newRelease, planInstall, releaseNameFor } from './install';
import { ListCache } from './list-cache';
import type { ChartFile, Project, Release } from './model';
import { detail, isRecord, json, missingQuery, parseJsonBody, text, type SimReply } from './reply';
import { Rng } from './rng';
import { buildRows, ListBuildError } from './rows';
import { parseScenario, seedScenario, type Faults, type ScenarioSpec } from './scenarios';
import { timings, type Timing, type TimingName } from './timing';
import { appendsFirst, faultReply, UploadFaults, type UploadFaultPlan } from './upload-faults';
import { FilePondUploads, type HasherFactory } from './uploads';
import { addChart, chartFile, type World } from './world';

export interface SimOptions {
  /** A scenario name, optionally with a size: `busy`, `large:10000`, … */
  scenario?: string;
  timing?: TimingName;
  seed?: number;
  clock?: Clock;
  /** Hashes what uploads store (the Node servers pass sha-256), for tests to compare. */
  hasher?: HasherFactory;
}

export interface SimDescription {
  scenario: string;
  timing: TimingName;
  seed: number;
  charts: number;
  releases: number;
  project: Project;
}

/**
 * The simulated kube-helm: one in-memory backend with its own clock, behaving like the upstream
 * service including its quirks (CONTRACT.md and the real captures). Like the real one, it serves
 * one request at a time.
 */
export class SimBackend {
  readonly clock: Clock;
  readonly timing: Timing;
  readonly timingName: TimingName;
  readonly spec: ScenarioSpec;
  readonly seed: number;
  readonly rng: Rng;
  /** Decides injected faults; separate, so faults do not change release names. */
  readonly faultRng: Rng;
  readonly world: World;
  readonly faults: Faults;
  /** The project a dev or test client should launch into. */
  readonly project: Project = fixtureProject;
  private readonly cache: ListCache;
  private readonly uploads: FilePondUploads;
  private readonly uploadFaults: UploadFaults;
  private readonly collections: ChartFile[][];
  private landing: { at: number; charts: ChartFile[] }[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: SimOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.timingName = options.timing ?? 'realistic';
    this.timing = timings[this.timingName];
    this.spec = parseScenario(options.scenario);
    this.seed = options.seed ?? 1;
    this.rng = new Rng(this.seed);
    this.faultRng = new Rng(this.seed ^ 0x5eed);
    const seed = seedScenario(this.spec, this.rng, this.clock.now());
    this.world = seed.world;
    this.collections = seed.collections;
    this.faults = seed.faults;
    this.cache = new ListCache(this.world, this.timing);
    this.uploads = new FilePondUploads(this.world, this.rng, options.hasher ?? null);
    this.uploadFaults = new UploadFaults(new Rng(this.seed ^ 0xf11e));
  }

  describe(): SimDescription {
    return {
      scenario: this.spec.name === 'large' ? `large:${String(this.spec.size)}` : this.spec.name,
      timing: this.timingName,
      seed: this.seed,
      charts: [...this.world.files.values()].filter((f) => f.kind === 'chart').length,
      releases: this.world.releases.size,
      project: this.project,
    };
  }

  /**
   * One request at a time, like uvicorn with one worker running blocking helm calls. (kube-helm
   * awaits `helm install` asynchronously, so an install holds the worker only while it prepares.)
   */
  private exclusive<T>(work: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(
      () => {
        this.tick();
        return work();
      },
      () => {
        this.tick();
        return work();
      },
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Lets time take effect: collections land, finished uninstalls disappear. */
  private tick(): void {
    const now = this.clock.now();
    for (const batch of this.landing.filter((b) => b.at <= now)) {
      for (const chart of batch.charts) addChart(this.world, chart);
    }
    this.landing = this.landing.filter((b) => b.at > now);
    for (const [name, release] of this.world.releases) {
      if (helmStatusAt(release, now) === 'gone') this.world.releases.delete(name);
    }
  }

  private sleep(ms: number): Promise<void> {
    return this.clock.sleep(ms);
  }

  health(): SimReply {
    return text(200, 'Kube-Helm api is up and running!');
  }

  listExtensions(): Promise<SimReply> {
    return this.exclusive(async () => {
      // Like kube-helm, decide at arrival whether this request rebuilds the list; the rows then
      // show the cluster as it is when the (slow) rebuild ends.
      const arrived = this.clock.now();
      const full = this.cache.needsRebuild(arrived);
      await this.sleep(full ? this.rebuildTime() : this.timing.cachedListMs);
      try {
        return json(200, this.cache.get(this.clock.now(), full));
      } catch (error) {
        if (error instanceof ListBuildError) return detail(500, 'Failed to get extensions');
        throw error;
      }
    });
  }

  /** A full rebuild asks helm and kubectl about every release, and reads changed chart files. */
  private rebuildTime(): number {
    const { rebuildMs, rebuildPerReleaseMs, rebuildMaxMs, rebuildPerChartMs } = this.timing;
    const perRelease = rebuildMs + rebuildPerReleaseMs * this.world.releases.size;
    return (
      Math.min(perRelease, Math.max(rebuildMs, rebuildMaxMs)) +
      rebuildPerChartMs * this.world.files.size +
      this.faults.rebuildExtraMs
    );
  }

  listPlatforms(): Promise<SimReply> {
    return this.exclusive(async () => {
      await this.sleep(this.timing.cachedListMs);
      try {
        return json(200, buildRows(this.world, this.clock.now(), this.timing, 'platforms'));
      } catch {
        return detail(500, 'Failed to get platforms');
      }
    });
  }

  async install(body: string, projectHeader: string | null): Promise<SimReply> {
    const started = await this.exclusive(() => this.startInstall(body, projectHeader));
    if (!('release' in started)) return started;
    // helm runs on; kube-helm awaits it without blocking its worker (captures 20 and 21 were
    // answered during an install).
    const { release, helmMs, launch } = started;
    const failed = text(500, `Chart install command failed for ${release.name}`);
    if (helmMs > this.timing.helmTimeoutMs) {
      // kube-helm stops waiting and answers 500; helm goes on in the background.
      await this.sleep(this.timing.helmTimeoutMs);
      return failed;
    }
    await this.sleep(helmMs);
    if (release.outcome === 'failed') return failed;
    this.cache.installed(release.name, release.chart, release.version, launch, this.clock.now());
    return text(200, `Successfully installed: ${release.name}`);
  }

  /** Checks the request and starts helm: a reply when it ends here, else the new release. */
  private async startInstall(
    body: string,
    projectHeader: string | null,
  ): Promise<SimReply | { release: Release; helmMs: number; launch: boolean }> {
    const plan = planInstall(
      body,
      projectHeader,
      (name, version) => chartFile(this.world, name, version)?.keywords ?? null,
    );
    if (!isPlan(plan)) return plan;
    await this.sleep(this.timing.smallMs);
    const chart = chartFile(this.world, plan.name, plan.version);
    const name = releaseNameFor(plan, chart, () => this.rng.hex(20));
    const failed = text(500, `Chart install command failed for ${name}`);
    const launch = plan.keywords.includes(MULTI_INSTALL_KEYWORD);
    if (this.world.releases.has(name)) {
      // Single installs get the "already installed" no-op; a multi-install launch with a name
      // that exists (explicit, or from suffix_param_key) runs helm into a name clash.
      return launch ? failed : text(200, `Chart is already installed ${name}`);
    }
    if (!chart || !isValidReleaseName(name)) return failed;
    const helmMs =
      chart.behaviour === 'slow-install'
        ? this.timing.slowInstallMs
        : chart.behaviour === 'install-fails'
          ? this.timing.installMs / 2
          : this.timing.installMs +
            this.timing.installJitterMs * (Number.parseInt(hashHex(name, 4), 36) / 36 ** 4);
    const release = newRelease(name, plan, chart, this.clock.now(), helmMs);
    this.world.releases.set(name, release);
    return { release, helmMs, launch };
  }

  uninstall(body: string): Promise<SimReply> {
    return this.exclusive(() => {
      const parsed = parseJsonBody(body);
      if (!parsed.ok) return detail(500, `Chart uninstall failed ${parsed.message}`);
      const payload = parsed.value;
      if (!isRecord(payload) || !('release_name' in payload)) {
        return text(
          400,
          "Chart uninstall failed, bad request Required key 'release_name' not found in payload",
        );
      }
      if ('multiinstallable' in payload && typeof payload.multiinstallable !== 'string') {
        return detail(
          500,
          `Chart uninstall failed '${typeof payload.multiinstallable === 'boolean' ? 'bool' : 'int'}' object has no attribute 'lower'`,
        );
      }
      const name = String(payload.release_name);
      const addons = payload.helm_command_addons;
      const force = typeof addons === 'string' && addons.split(/\s+/).includes('--no-hooks');
      const chart = this.world.releases.get(name)?.chart ?? null;
      this.startUninstall(name, force);
      const version = typeof payload.release_version === 'string' ? payload.release_version : null;
      this.cache.uninstallRequested(name, chart, version, this.clock.now());
      return text(200, `Started uninstalling ${name}`);
    });
  }

  private startUninstall(name: string, force: boolean): void {
    const release = this.world.releases.get(name);
    if (!release) return;
    const now = this.clock.now();
    if (force) {
      release.uninstall = { startedAt: now, doneAt: now + this.timing.smallMs, hangs: false };
    } else if (!release.uninstall) {
      const hookMs =
        release.workload === 'job' ? this.timing.workflowHookMs : this.timing.applicationHookMs;
      release.uninstall = {
        startedAt: now,
        doneAt: now + hookMs,
        hangs: release.behaviour === 'hook-hangs',
      };
    }
  }

  updateExtensions(): Promise<SimReply> {
    return this.exclusive(async () => {
      await this.sleep(this.timing.updateReplyMs);
      const next = this.collections.shift();
      if (next)
        this.landing.push({ at: this.clock.now() + this.timing.collectionCopyMs, charts: next });
      return { status: 202, body: 'Successfully updated the extensions', contentType: null };
    });
  }

  viewChartStatus(releaseName: string | null): Promise<SimReply> {
    return this.exclusive(async () => {
      if (releaseName === null) return missingQuery('release_name');
      await this.sleep(this.timing.smallMs);
      const release = this.world.releases.get(htmlEscape(releaseName));
      const status = release ? helmStatusAt(release, this.clock.now()) : 'gone';
      if (!release || status === 'gone') return text(404, 'Release not found');
      return json(200, {
        NAME: release.name,
        'LAST DEPLOYED': ansiCTime(release.createdAt),
        NAMESPACE: release.namespace,
        STATUS: status,
        REVISION: release.revision,
        'TEST SUITE': 'None',
      });
    });
  }

  activeApplications(): Promise<SimReply> {
    return this.exclusive(async () => {
      await this.sleep(this.timing.smallMs);
      return json(200, activeApplications(this.world, this.clock.now(), this.timing));
    });
  }

  completeActiveApplication(body: string): Promise<SimReply> {
    return this.exclusive(() => {
      const parsed = parseJsonBody(body);
      if (!parsed.ok) return detail(500, `Internal server error: ${parsed.message}`);
      if (!isRecord(parsed.value) || !('release_name' in parsed.value)) {
        return text(400, "Payload does not have mandatory key: 'release_name'");
      }
      const name = String(parsed.value.release_name);
      const labelled = hasKaapanaintRelease(this.world, name);
      if (!labelled) {
        return detail(
          500,
          `Internal server error: 500: Failed to complete active application: release ${name} does not have correct annotations`,
        );
      }
      this.startUninstall(name, false);
      return text(200, `Completed active application: ${name}`);
    });
  }

  uploadInit(form: FormData | null): Promise<SimReply> {
    return this.exclusive(() => this.uploads.init(form));
  }

  /** A chunk: its bytes, or its body as it arrives (the HTTP face streams large ones). */
  uploadPatch(
    id: string | null,
    uploadLength: string | null,
    body: Uint8Array | ReadableStream<Uint8Array> | null,
  ): Promise<SimReply> {
    return this.exclusive(async () => {
      await this.sleep(this.timing.smallMs);
      const fault = this.uploadFaults.next();
      if (fault && !appendsFirst(fault)) {
        // The body is read and thrown away, as a gateway would before answering.
        if (body instanceof ReadableStream) await readPieces(body).catch(() => undefined);
        if (fault === 'hang-before') await this.sleep(this.uploadFaults.hangMs);
        return faultReply(fault);
      }
      const pieces =
        body instanceof ReadableStream ? await readPieces(body) : [body ?? new Uint8Array()];
      const reply = this.uploads.patch(id, uploadLength, pieces);
      if (!fault) return reply;
      if (fault === 'hang-after') await this.sleep(this.uploadFaults.hangMs);
      return faultReply(fault);
    });
  }

  uploadHead(id: string | null, uploadLength: string | null): Promise<SimReply> {
    return this.exclusive(() => this.uploads.head(id, uploadLength));
  }

  uploadRevert(body: string): Promise<SimReply> {
    return this.exclusive(() => this.uploads.revert(body));
  }

  importContainer(fileName: string | null): Promise<SimReply> {
    return this.exclusive(async () => {
      if (fileName === null) return missingQuery('filename');
      const name = htmlEscape(fileName);
      if (name === '') {
        return detail(
          400,
          "Container import failed, bad request Required key 'filename' can not be empty",
        );
      }
      const file = this.world.files.get(name);
      if (!file) return text(500, `Container import failed file ${name} can not be found`);
      await this.sleep(this.timing.importMs);
      if (file.kind !== 'archive' || !file.isTar) {
        return text(
          500,
          `Container import failed Failed to import container ${name}: ctr: unrecognized image format`,
        );
      }
      return text(200, `Successfully imported container ${name}`);
    });
  }

  /** Simulator control: what an admin would do by hand on the node (e.g. remove a broken chart). */
  deleteFile(name: string): boolean {
    return this.world.files.delete(name);
  }

  fileNames(): string[] {
    return [...this.world.files.keys()];
  }

  /** Simulator control: trouble for the next upload chunks (tests of the uploader). */
  setUploadFaults(plan: UploadFaultPlan): void {
    this.uploadFaults.set(plan);
  }

  /** Simulator control: completed uploads with their hashes, open transfers, injected faults. */
  uploadState() {
    return {
      received: [...this.uploads.received],
      partial: this.uploads.partials(),
      faults: this.uploadFaults.describe(),
    };
  }
}

/** A request body as it arrived, piece by piece (appended together once it is complete). */
async function readPieces(body: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = [];
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    pieces.push(next.value);
  }
  return pieces;
}
