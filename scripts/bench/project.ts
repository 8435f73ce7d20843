// A throwaway copy of the project with N models, built step by step with each step timed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticContent } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content'];

export interface Step {
  seconds: number;
  /** Peak resident memory of the step's process, when GNU time is there to tell it. */
  peakMemoryMB: number | null;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export class BenchProject {
  readonly root = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  readonly models: number;

  /** Copies the project with its real content and, when `models` is larger, synthetic models up to that count. */
  constructor(models: number | 'real') {
    for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(this.root, file), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(this.root, 'node_modules'), 'dir');
    const real = readdirSync(join(this.root, 'content', 'models')).length;
    if (models !== 'real' && models > real) writeSyntheticContent(join(this.root, 'content'), models - real);
    this.models = readdirSync(join(this.root, 'content', 'models')).length;
  }

  /** Runs a command in the copy, timed; throws with its output when it fails. */
  step(command: string, args: string[]): Step {
    const memoryFile = join(this.root, '.peak-memory');
    const timed = existsSync('/usr/bin/time');
    const started = performance.now();
    const result = spawnSync(
      timed ? '/usr/bin/time' : command,
      timed ? ['-f', '%M', '-o', memoryFile, command, ...args] : args,
      {
        cwd: this.root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: this.env,
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed in ${this.root}:\n${result.stdout}\n${result.stderr}`);
    const kilobytes = timed ? Number(readFileSync(memoryFile, 'utf8').trim().split('\n').pop()) : NaN;
    return { seconds, peakMemoryMB: Number.isFinite(kilobytes) ? Math.round(kilobytes / 1024) : null };
  }

  astroBuild(): Step {
    return this.step(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']);
  }

  pagefind(): Step {
    return this.step(process.execPath, [join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist']);
  }

  get env(): NodeJS.ProcessEnv {
    // The image cache lives in the copy, so the first build is cold whatever the developer has cached.
    return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OG_IMAGE_CACHE_DIR: join(this.root, '.og-cache'), CI: '' };
  }

  /** Images drawn so far: the cache holds one file per distinct image. */
  cachedImages(): number {
    const dir = join(this.root, '.og-cache');
    return existsSync(dir) ? readdirSync(dir).length : 0;
  }

  distSize(): { files: number; bytes: number } {
    let files = 0;
    let bytes = 0;
    for (const entry of readdirSync(join(this.root, 'dist'), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      files += 1;
      bytes += statSync(join(entry.parentPath, entry.name)).size;
    }
    return { files, bytes };
  }

  /** The HTML of a page and the scripts and stylesheets it loads (with their static imports). */
  pageWeight(page: string): { html: Bytes; js: Bytes; css: Bytes } {
    const dist = join(this.root, 'dist');
    const html = readFileSync(join(dist, page));
    const text = html.toString('utf8');
    const local = (url: string) => join(dist, url.replace(/^\//, '').split(/[?#]/)[0]!);
    const scripts = new Set<string>();
    const visit = (file: string) => {
      if (scripts.has(file) || !existsSync(file)) return;
      scripts.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, path] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(join(file, '..', path!));
    };
    for (const [, src] of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
      if (!src!.includes('/pagefind/')) visit(local(src!));
    for (const [, src] of text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) visit(local(src!));
    // Inline module scripts still import bundles.
    for (const [, inline] of text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
      for (const [, path] of inline!.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) visit(local(path!));
    }
    const styles = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
      .map(([, src]) => local(src!))
      .filter((file) => !file.includes('/pagefind/'));
    const inlineScripts = [...text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) =>
      Buffer.from(code!),
    );
    const inlineStyles = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, code]) => Buffer.from(code!));
    const weigh = (parts: Buffer[]): Bytes => {
      const all = Buffer.concat(parts);
      return { raw: all.length, gzip: parts.reduce((sum, part) => sum + gzipSync(part).length, 0) };
    };
    return {
      html: { raw: html.length, gzip: gzipSync(html).length },
      js: weigh([...[...scripts].map((file) => readFileSync(file)), ...inlineScripts]),
      css: weigh([...styles.map((file) => readFileSync(file)), ...inlineStyles]),
    };
  }

  /** Serves dist with Astro's preview server until `stop` is called. */
  async serve(port: number): Promise<{ url: string; stop(): void }> {
    const server = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
      {
        cwd: this.root,
        env: this.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // What the server said, for the error when it does not answer (another preview may hold the port).
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);
    const url = `http://127.0.0.1:${port}/`;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      if (server.exitCode !== null) throw new Error(`the preview server exited (is port ${port} taken?):\n${output}`);
      try {
        if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    server.kill();
    throw new Error(`the preview server did not answer at ${url}:\n${output}`);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
