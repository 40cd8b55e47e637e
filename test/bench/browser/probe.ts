// What the browser benchmark installs in every page before the app's own scripts run: a fixed "today" (time still
// flows), a record of long main-thread tasks, of DOM changes and when they were painted, of IndexedDB transactions in
// flight, and of the input that starts each measurement. Kept as plain JavaScript text: it is sent to the page as is.

/** A page is "settled" when none of these is true and nothing has changed on screen for a while. */
export interface ProbeStatus {
  now: number;
  /** When the measured input (click, key, change) happened, in the page's performance.now() time; null until then. */
  t0: number | null;
  /** When the last DOM change was painted. */
  lastPaint: number;
  /** When the last IndexedDB transaction finished. */
  lastIdb: number;
  /** IndexedDB transactions still running. */
  idbPending: number;
  /** "Loading…" or "Opening…" on screen, or an element marked aria-busy. */
  busy: boolean;
  h1: string | null;
  nodes: number;
}

export function probeScript(fixedNowMs: number): string {
  return String.raw`(() => {
  if (window.__bench) return;
  // A fixed today: Date starts at ${fixedNowMs} and runs on; performance.now() and timers are untouched.
  const RealDate = Date;
  const offset = ${fixedNowMs} - RealDate.now();
  class BenchDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = BenchDate;

  const b = (window.__bench = {
    longtasks: [],
    lastMutation: 0,
    lastPaint: 0,
    lastIdb: 0,
    idbPending: 0,
    t0: null,
    armed: false,
    rafPending: false,
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // A change nobody sees is not a paint: a screen-reader announcement in a visually hidden live region (a picker's
  // "22 options available." removed by its library seconds later) would otherwise make a screen "usable" only then.
  const unseen = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const live = el && el.closest('[aria-live]');
    for (let box = live; box; box = box.parentElement) {
      const r = box.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) return true;
    }
    return false;
  };
  // An attribute that ends a batch of changes with the value it had before it (a picker drawn again sets and removes
  // its empty name) changes nothing on screen either.
  const unchangedAttributes = (records) => {
    const before = new Map();
    for (const r of records) {
      if (r.type !== 'attributes') continue;
      let of = before.get(r.target);
      if (!of) before.set(r.target, (of = new Map()));
      if (!of.has(r.attributeName)) of.set(r.attributeName, r.oldValue);
    }
    return (r) =>
      r.type === 'attributes' && r.target.getAttribute(r.attributeName) === before.get(r.target).get(r.attributeName);
  };
  // Nor is anything in the document's head: the app fetches the other screens' code once it is idle, adding a link
  // for each to the head, which draws nothing.
  const inHead = (node) => document.head !== null && document.head.contains(node);
  new MutationObserver((records) => {
    const unchanged = unchangedAttributes(records);
    if (records.every((r) => inHead(r.target) || unseen(r.target) || unchanged(r))) return;
    b.lastMutation = performance.now();
    if (!b.rafPending) {
      b.rafPending = true;
      requestAnimationFrame(() => {
        b.rafPending = false;
        b.lastPaint = performance.now();
      });
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
  });
  for (const type of ['pointerdown', 'mousedown', 'keydown', 'input', 'change', 'click']) {
    addEventListener(
      type,
      (e) => {
        if (b.armed && b.t0 === null) b.t0 = e.timeStamp;
      },
      true,
    );
  }
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    b.idbPending++;
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      b.idbPending--;
      b.lastIdb = performance.now();
    };
    tx.addEventListener('complete', end);
    tx.addEventListener('abort', end);
    tx.addEventListener('error', end);
    return tx;
  };

  b.arm = () => {
    b.armed = true;
    b.t0 = null;
  };
  b.status = () => {
    const main = document.querySelector('main');
    const text = main ? main.textContent || '' : '';
    return {
      now: performance.now(),
      t0: b.t0,
      lastPaint: b.lastPaint,
      lastIdb: b.lastIdb,
      idbPending: b.idbPending,
      busy: /Loading[ .…]|Opening…/.test(text) || document.querySelector('[aria-busy="true"]') !== null,
      h1: document.querySelector('h1') ? document.querySelector('h1').textContent : null,
      nodes: document.getElementsByTagName('*').length,
    };
  };
  b.longest = (from, to) => {
    let max = 0;
    for (const [start, duration] of b.longtasks) {
      if (start + duration >= from && start <= to && duration > max) max = duration;
    }
    return max;
  };

  // The raw baseline: the same rows put straight into IndexedDB with the same stores and indexes, no library.
  b.rawFile = null;
  b.loadFile = async (input) => {
    const file = document.getElementById(input).files[0];
    b.rawFile = JSON.parse(await file.text()).tables;
    return Object.values(b.rawFile).reduce((n, rows) => n + rows.length, 0);
  };
  const parseStores = (stores) =>
    Object.entries(stores).map(([name, spec]) => {
      const [primary, ...indexes] = spec.split(',').map((s) => s.trim()).filter(Boolean);
      return {
        name,
        keyPath: primary.replace(/^[+&*]+/, ''),
        indexes: indexes.map((index) => {
          const unique = index.startsWith('&');
          const multiEntry = index.startsWith('*');
          const bare = index.replace(/^[&*]/, '');
          const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
          return { name: bare, keyPath, unique, multiEntry };
        }),
      };
    });
  const openRaw = (name, stores) =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        for (const store of parseStores(stores)) {
          const os = request.result.createObjectStore(store.name, { keyPath: store.keyPath });
          for (const index of store.indexes)
            os.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const drop = (name) =>
    new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  const putAll = (db, stores, rows, durability) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite', { durability });
      for (const [store, list] of rows) {
        const os = tx.objectStore(store);
        for (const row of list) os.put(row);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  /**
   * Times putting the loaded file's rows (tables: which ones; all when empty) into a fresh database with these stores.
   * batch: rows per transaction (0: one transaction for everything). group: tables whose rows are first grouped into
   * one record per caseworker and month (the "fewer, larger records" option).
   */
  b.rawPut = async ({ name, stores, tables, batch = 0, group = [], durability = 'default' }) => {
    await drop(name);
    const db = await openRaw(name, stores);
    let rows = Object.entries(b.rawFile).filter(
      ([t]) => t in stores && (tables.length === 0 || tables.includes(t)),
    );
    const start = performance.now();
    rows = rows.map(([t, list]) => {
      if (!group.includes(t)) return [t, list];
      const groups = new Map();
      for (const row of list) {
        const key = row.caseworkerId + '|' + (row.month || String(row.date).slice(0, 7));
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { id: key, caseworkerId: row.caseworkerId, month: key.slice(-7), rows: [] }));
        g.rows.push(row);
      }
      return [t, [...groups.values()]];
    });
    const count = rows.reduce((n, [, list]) => n + list.length, 0);
    if (batch === 0) await putAll(db, rows.map(([t]) => t), rows, durability);
    else {
      for (const [t, list] of rows)
        for (let i = 0; i < list.length; i += batch) await putAll(db, [t], [[t, list.slice(i, i + batch)]], durability);
    }
    const ms = performance.now() - start;
    db.close();
    await drop(name);
    return { ms, records: count };
  };
})();`;
}
