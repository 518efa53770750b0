// Just enough XMLHttpRequest, over Node's fetch, for @xapi/cmi5 to run in Node tests.
// Its bundle inlines a browser-only axios whose adapters are "xhr" or nothing ("http is
// not available in the build"), so without this every xAPI call fails in Node.
// Install it BEFORE importing the bundle: axios decides at load time whether XHR exists.

type Handler = (() => void) | null;

class NodeXhr {
  readyState = 0;
  status = 0;
  statusText = '';
  responseText = '';
  response = '';
  responseType = '';
  responseURL = '';
  timeout = 0;
  withCredentials = false;
  onloadend: Handler = null;
  onreadystatechange: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;
  ontimeout: Handler = null;
  private method = 'GET';
  private url = '';
  private readonly headers: Record<string, string> = {};
  private responseHeaders = '';
  private controller: AbortController | undefined;
  private settled = false;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }

  getAllResponseHeaders(): string {
    return this.responseHeaders;
  }

  // axios only listens for progress, which these tests never ask for.
  addEventListener(): void {}

  abort(): void {
    this.finish(this.onabort);
  }

  send(body?: string | null): void {
    const controller = new AbortController();
    this.controller = controller;
    const timer = this.timeout > 0 ? setTimeout(() => this.finish(this.ontimeout), this.timeout) : undefined;
    fetch(this.url, { method: this.method, headers: this.headers, body: body ?? null, signal: controller.signal })
      .then(async (response) => {
        const text = await response.text();
        if (this.settled) return;
        this.status = response.status;
        this.statusText = response.statusText;
        this.responseURL = response.url;
        this.responseText = this.response = text;
        this.responseHeaders = [...response.headers].map(([name, value]) => `${name}: ${value}\r\n`).join('');
        this.finish(null);
      })
      .catch(() => this.finish(this.onerror))
      .finally(() => clearTimeout(timer));
  }

  // As a browser does: the specific handler (error, abort, timeout) first, then loadend.
  private finish(handler: Handler): void {
    if (this.settled) return;
    this.settled = true;
    if (handler) this.controller?.abort();
    this.readyState = 4;
    handler?.();
    this.onreadystatechange?.();
    this.onloadend?.();
  }
}

/** Puts the stand-in on globalThis; returns the function that takes it away again. */
export function installNodeXhr(): () => void {
  if (Reflect.has(globalThis, 'XMLHttpRequest')) return () => {};
  Reflect.set(globalThis, 'XMLHttpRequest', NodeXhr);
  return () => {
    Reflect.deleteProperty(globalThis, 'XMLHttpRequest');
  };
}
