// A process-wide guard that refuses network use to anything but the local machine. Pure Node (no vscode), so the
// unit tests, the CLI tests (loaded with `node --require`) and the extension host share it.
//
// What it intercepts: every TCP/TLS connection (`net.Socket.prototype.connect`, which http, https, tls, http2 and
// fetch all end up in), `net.connect`/`tls.connect`, `http(s).request/get`, `fetch`, DNS look-ups of non-local
// names, and UDP sends. Unix sockets and named pipes (IPC) are local by nature and allowed.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

/** One refused or observed network use. */
export interface NetworkViolation {
  readonly api: string;
  readonly target: string;
  readonly stack: string;
}

export interface NetworkGuardOptions {
  /**
   * Decides whether a non-local use is refused (thrown) or only recorded. Default: refuse everything. The
   * extension host passes a predicate on the call stack so that VS Code's own built-in extensions are only noted.
   */
  readonly shouldRefuse?: (stack: string) => boolean;
}

export interface NetworkGuard {
  /** Refused uses, in order. */
  readonly violations: NetworkViolation[];
  /** Non-local uses that were let through because `shouldRefuse` said so (other code than ours). */
  readonly noted: NetworkViolation[];
  /** Restores every patched function; idempotent. */
  dispose(): void;
}

const LOCAL_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback', '']);

/** Whether `host` names this machine: `localhost`, 127.0.0.0/8, `::1`, `::ffff:127.x.x.x`, `0.0.0.0`. */
export function isLoopback(host: string | undefined | null): boolean {
  if (host === undefined || host === null) return true; // Node's default host is localhost
  const h = String(host).toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (LOCAL_NAMES.has(h) || h.endsWith('.localhost')) return true;
  if (/^127(\.\d{1,3}){3}$/.test(h) || h === '0.0.0.0') return true;
  if (h === '::1' || h === '::' || /^(0{0,4}:){7}0{0,3}1$/.test(h)) return true;
  return /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/** Installs the guard; call `dispose()` to undo. Installing twice nests (the inner guard sees uses first). */
export function installNetworkGuard(options: NetworkGuardOptions = {}): NetworkGuard {
  const shouldRefuse = options.shouldRefuse ?? ((): boolean => true);
  const violations: NetworkViolation[] = [];
  const noted: NetworkViolation[] = [];
  const restore: (() => void)[] = [];

  const check = (api: string, target: string, local: boolean): void => {
    if (local) return;
    const stack = new Error().stack ?? '';
    const v = { api, target, stack };
    if (!shouldRefuse(stack)) {
      noted.push(v);
      return;
    }
    violations.push(v);
    throw new Error(`News Lens network guard: ${api} to ${target} refused (no network use is allowed)`);
  };

  const patch = <T extends object, K extends keyof T>(obj: T, key: K, wrap: (orig: T[K]) => T[K]): void => {
    const orig = obj[key];
    if (typeof orig !== 'function') return;
    Object.defineProperty(obj, key, { value: wrap(orig), writable: true, configurable: true, enumerable: true });
    restore.push(() => Object.defineProperty(obj, key, { value: orig, writable: true, configurable: true, enumerable: true }));
  };

  // Every TCP client connection, whatever module made it.
  patch(net.Socket.prototype, 'connect', orig => function (this: net.Socket, ...args: unknown[]) {
    const t = socketTarget(args);
    check('net.Socket.connect', t.label, t.local);
    return (orig as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof orig);
  for (const [mod, name] of [[net, 'net'], [tls, 'tls']] as const) {
    for (const fn of ['connect', 'createConnection'] as const) {
      if (!(fn in mod)) continue;
      patch(mod as Record<string, unknown>, fn, orig => function (this: unknown, ...args: unknown[]) {
        const t = socketTarget(args);
        check(`${name}.${fn}`, t.label, t.local);
        return (orig as (...a: unknown[]) => unknown).apply(this, args);
      });
    }
  }
  for (const [mod, name] of [[http, 'http'], [https, 'https']] as const) {
    for (const fn of ['request', 'get'] as const) {
      patch(mod as Record<string, unknown>, fn, orig => function (this: unknown, ...args: unknown[]) {
        const host = requestHost(args);
        check(`${name}.${fn}`, host ?? '(default host)', isLoopback(host));
        return (orig as (...a: unknown[]) => unknown).apply(this, args);
      });
    }
  }
  if (typeof globalThis.fetch === 'function') {
    patch(globalThis, 'fetch', orig => function (this: unknown, input: unknown, init?: unknown) {
      const url = input instanceof URL ? input : new URL(typeof input === 'string' ? input : String((input as { url?: string }).url));
      try {
        check('fetch', url.href, url.protocol === 'data:' || url.protocol === 'blob:' || isLoopback(url.hostname));
      } catch (e) {
        return Promise.reject(e);
      }
      return (orig as (i: unknown, n?: unknown) => Promise<Response>).call(this, input, init);
    } as typeof orig);
  }
  for (const fn of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'resolveSrv', 'resolveMx'] as const) {
    patch(dns as unknown as Record<string, unknown>, fn, orig => function (this: unknown, host: unknown, ...rest: unknown[]) {
      check(`dns.${fn}`, String(host), isLoopback(host as string));
      return (orig as (...a: unknown[]) => unknown).call(this, host, ...rest);
    });
    patch(dns.promises as unknown as Record<string, unknown>, fn, orig => function (this: unknown, host: unknown, ...rest: unknown[]) {
      try {
        check(`dns.promises.${fn}`, String(host), isLoopback(host as string));
      } catch (e) {
        return Promise.reject(e);
      }
      return (orig as (...a: unknown[]) => unknown).call(this, host, ...rest);
    });
  }
  patch(dgram.Socket.prototype, 'send', orig => function (this: dgram.Socket, ...args: unknown[]) {
    const host = args.find((a, i) => i > 0 && typeof a === 'string') as string | undefined;
    check('dgram.send', host ?? '(connected socket)', host === undefined || isLoopback(host));
    return (orig as (...a: unknown[]) => void).apply(this, args);
  } as typeof orig);

  let disposed = false;
  return {
    violations,
    noted,
    dispose: () => {
      if (disposed) return;
      disposed = true;
      for (const r of restore.reverse()) r();
    },
  };
}

/** The target of a `socket.connect(...)`/`net.connect(...)` call and whether it is local. */
function socketTarget(args: readonly unknown[]): { label: string; local: boolean } {
  let a: unknown = args[0];
  // net.Socket.connect is called by net.connect with the normalised [options, cb] array in some Node versions.
  if (Array.isArray(a)) a = a[0];
  if (typeof a === 'string') return { label: a, local: true }; // a path: unix socket / named pipe
  if (typeof a === 'number') {
    const host = typeof args[1] === 'string' ? args[1] : undefined;
    return { label: `${host ?? 'localhost'}:${a}`, local: isLoopback(host) };
  }
  if (a && typeof a === 'object') {
    const o = a as { path?: string; host?: string; hostname?: string; port?: number | string };
    if (o.path) return { label: o.path, local: true };
    const host = o.host ?? o.hostname;
    return { label: `${host ?? 'localhost'}:${o.port ?? ''}`, local: isLoopback(host) };
  }
  return { label: '(unknown)', local: true };
}

/** The host an `http(s).request(url?, options?, cb?)` call goes to (undefined: Node's default, localhost). */
function requestHost(args: readonly unknown[]): string | undefined {
  for (const a of args) {
    if (typeof a === 'string') return new URL(a).hostname;
    if (a instanceof URL) return a.hostname;
    if (a && typeof a === 'object') {
      const o = a as { host?: string; hostname?: string; socketPath?: string };
      if (o.socketPath) return 'localhost';
      if (o.hostname || o.host) return (o.hostname ?? o.host)?.replace(/:\d+$/, '');
    }
  }
  return undefined;
}
