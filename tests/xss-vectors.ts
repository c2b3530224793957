/**
 * Script injection attempts for the hostile-charts drill. Each one, if it ever runs, calls the
 * page's trap `__xss(<number>)` (or `alert`, which the trap also catches), so a run proves what
 * executed. Classic HTML injections, attribute breakouts, dangerous URLs, mutation XSS that
 * sanitizers have missed, template and markdown injections, and encodings of all of them.
 */
const RAW: ((n: number) => string)[] = [
  (n) => `<script>__xss(${n})</script>`,
  (n) => `<img src=x onerror="__xss(${n})">`,
  (n) => `<img/src/onerror=__xss(${n})>`,
  (n) => `<IMG SRC="javascript:__xss(${n})">`,
  (n) => `<svg onload=__xss(${n})>`,
  (n) => `<svg><script>__xss(${n})</script></svg>`,
  (n) => `<svg><animate onbegin=__xss(${n}) attributeName=x dur=1s>`,
  (n) => `<svg><a xlink:href="javascript:__xss(${n})"><text y=20>svg link</text></a></svg>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${n})>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=__xss(${n})>">`,
  (n) => `<body onload=__xss(${n})>`,
  (n) => `<iframe src="javascript:__xss(${n})"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe>`,
  (n) => `<object data="javascript:__xss(${n})"></object>`,
  (n) => `<embed src="javascript:__xss(${n})">`,
  (n) => `<details open ontoggle=__xss(${n})>`,
  (n) => `<input autofocus onfocus=__xss(${n})>`,
  (n) => `<video><source onerror=__xss(${n})></video>`,
  (n) => `<audio src=x onerror=__xss(${n})>`,
  (n) => `<marquee onstart=__xss(${n})>m</marquee>`,
  (n) => `<form><button formaction="javascript:__xss(${n})">go</button></form>`,
  (n) => `<a href="javascript:__xss(${n})">click</a>`,
  (n) => `<a href="JaVaScRiPt:__xss(${n})">click</a>`,
  (n) => `<a href="&#106;avascript:__xss(${n})">click</a>`,
  (n) => `<a href="java\tscript:__xss(${n})">click</a>`,
  (n) => `<a href="data:text/html,<script>__xss(${n})</script>">click</a>`,
  (n) => `<a href="vbscript:__xss(${n})">click</a>`,
  (n) => `<base href="javascript:__xss(${n})//">`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${n})">`,
  (n) => `<link rel=stylesheet href="javascript:__xss(${n})">`,
  (n) => `<style>@import "javascript:__xss(${n})";</style>`,
  (n) => `<div style="background:url(javascript:__xss(${n}))">styled</div>`,
  (n) => `<template><img src=x onerror=__xss(${n})></template>`,
  (n) => `<scr<script>ipt>__xss(${n})</scr</script>ipt>`,
  (n) => `"><img src=x onerror=__xss(${n})>`,
  (n) => `'><svg onload=__xss(${n})>`,
  (n) => `" onmouseover="__xss(${n})" x="`,
  (n) => `' onfocus='__xss(${n})' autofocus='`,
  (n) => `</textarea><img src=x onerror=__xss(${n})>`,
  (n) => `</title><img src=x onerror=__xss(${n})>`,
  (n) => `</style><img src=x onerror=__xss(${n})>`,
  (n) => `javascript:__xss(${n})`,
  (n) => `data:text/html;base64,${btoa(`<script>__xss(${n})</script>`)}`,
  (n) => `{{constructor.constructor('__xss(${n})')()}}`,
  (n) => `\${__xss(${n})}`,
  (n) => `[click](javascript:__xss(${n}))`,
  (n) => `&lt;img src=x onerror=__xss(${n})&gt;`,
  (n) => `\u003cimg src=x onerror=__xss(${n})\u003e`,
  (n) => `<img src="x" alt="\`\`" onerror="alert(${n})">`,
  (n) => `<xmp><img src=x onerror=__xss(${n})></xmp>`,
  (n) => `<select><style></select><img src=x onerror=__xss(${n})></style>`,
  (n) => `<form id=f><input name=attributes></form><img src=x onerror=__xss(${n})>`,
  (n) => `<a id=__xss href="cid:x">clobber ${n}</a>`,
  (n) => `<isindex action="javascript:__xss(${n})" type=image>`,
  (n) => `<object data="data:text/html,<script>parent.__xss(${n})</script>"></object>`,
  (n) => `/kube-helm-api/helm-delete-chart?release_name=x&n=${n}`,
  (n) => `../../oauth2/sign_out?n=${n}`,
  (n) => `//evil.example/${n}`,
];

/** The vectors, numbered from 1 (the number is what the trap reports). */
export const XSS_VECTORS: readonly string[] = RAW.map((make, i) => make(i + 1));

/** Installed before the page's own scripts: anything that runs reports itself here. */
export function installXssTrap(): void {
  const w = window as unknown as { __xssHits: string[]; __xss: (n: unknown) => void };
  w.__xssHits = [];
  const hit = (what: unknown) => {
    w.__xssHits.push(String(what));
  };
  w.__xss = hit;
  window.alert = (m?: unknown) => {
    hit(`alert ${String(m)}`);
  };
  window.confirm = (m?: string) => {
    hit(`confirm ${String(m)}`);
    return false;
  };
  window.prompt = (m?: string) => {
    hit(`prompt ${String(m)}`);
    return null;
  };
}

/** What a page shows that could run or lead somewhere it must not. */
export function dangerInPage(within?: string): string[] {
  const found: string[] = [];
  const root = within ? document.querySelector(within) : document;
  if (!root) return [`nothing matches ${within ?? ''}`];
  const api = new URL('/kube-helm-api/', location.href).href;
  const oauth = new URL('/oauth2/', location.href).href;
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'frame', 'base', 'meta'].includes(tag)) {
      if (!(tag === 'meta' && el.closest('head'))) found.push(`<${tag}>`);
    }
    // The app's own forms have no action; a chart's HTML has no forms at all.
    if (tag === 'form' && el.closest('.kh-safe-html')) found.push('<form> from a chart');
    if (tag === 'script' && !el.closest('head')) found.push('<script> in the body');
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${tag} ${attr.name}="${attr.value.slice(0, 40)}"`);
    }
    const target =
      el.getAttribute('href') ??
      el.getAttribute('xlink:href') ??
      el.getAttribute('src') ??
      el.getAttribute('action') ??
      el.getAttribute('formaction');
    if (target !== null && !(tag === 'script' && el.closest('head')) && tag !== 'link') {
      let resolved: URL;
      try {
        resolved = new URL(target, location.href);
      } catch {
        continue;
      }
      const bad =
        /^(javascript|data|vbscript|blob):/i.test(resolved.protocol) ||
        resolved.href.startsWith(api) ||
        resolved.href.startsWith(oauth) ||
        // Links may go to another port of the platform (a NodePort), never to another host.
        (tag === 'a'
          ? resolved.hostname !== location.hostname
          : resolved.origin !== location.origin);
      if (bad) found.push(`${tag} → ${target.slice(0, 60)}`);
    }
  }
  return found;
}
