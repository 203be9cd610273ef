import assert from 'node:assert/strict';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { installNetworkGuard, isLoopback } from '../integration/networkGuard';

// The global guard (test/unit/noNetwork.ts) is installed by `--require`; these tests use a nested guard of their
// own so that the refusals they provoke on purpose do not fail the run.
describe('the network guard', () => {
  it('tells loopback hosts from the rest', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', '::ffff:127.0.0.1', '0.0.0.0', 'a.localhost']) {
      assert.ok(isLoopback(h), h);
    }
    for (const h of ['example.com', '93.184.216.34', '10.0.0.1', '::2', 'localhost.example.com', '128.0.0.1']) {
      assert.ok(!isLoopback(h), h);
    }
  });

  it('refuses http, https, net, dns and fetch to a non-local host, and lets loopback through', async () => {
    const guard = installNetworkGuard();
    try {
      assert.throws(() => http.get('http://example.com/'), /refused/);
      assert.throws(() => https.request({ hostname: 'example.com', port: 443 }), /refused/);
      assert.throws(() => net.connect(80, '192.0.2.1'), /refused/);
      assert.throws(() => new net.Socket().connect({ host: '192.0.2.1', port: 80 }), /refused/);
      assert.throws(() => dns.lookup('example.com', () => undefined), /refused/);
      await assert.rejects(fetch('https://example.com/'), /refused/);
      await assert.rejects(dns.promises.resolve4('example.com'), /refused/);
      assert.equal(guard.violations.length, 7);

      // Loopback is allowed: a real round trip to a local server.
      const server = http.createServer((_req, res) => res.end('ok'));
      await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
      const port = (server.address() as net.AddressInfo).port;
      try {
        assert.equal(await (await fetch(`http://127.0.0.1:${port}/`)).text(), 'ok');
      } finally {
        server.close();
      }
      assert.equal(guard.violations.length, 7);
    } finally {
      guard.dispose();
    }
  });

  it('is installed for the whole unit run', () => {
    assert.throws(() => net.connect(80, '192.0.2.1').destroy(), /refused/);
    // The outer guard recorded it; take it back so that the root hook does not fail this test.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const outer = require('./noNetwork') as typeof import('./noNetwork');
    assert.equal(outer.takeViolations(), 1);
  });
});
