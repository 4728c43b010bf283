/*
 * Navrat kiosk enhancements (plain ES2017, no libraries).
 *
 * Every page works without this file; it only adds:
 *   1. idle reset with a countdown warning,
 *   2. an on-screen keyboard for inputs marked data-osk,
 *   3. search-as-you-type for form[data-live-search],
 *   4. double-tap protection for form[data-once],
 *   5. [data-back] buttons,
 *   6. focus on the error summary of a form that came back with errors,
 *   7. a heartbeat: once a minute, the page's version to /heartbeat (the device's
 *      kiosk profile cookie says which kiosk; nothing about the person).
 *   8. the Listen player: big play/pause/replay buttons for the page's <audio>.
 *   9. the reference code read aloud, one clip per character (no clip names the code),
 *  10. the language picker's speaker buttons: each language's name in that language.
 * Nothing is stored (no cookies, no localStorage) except one flag in sessionStorage, "this
 * person has used Listen", so that the idle warning is also spoken to them (and only to
 * them); it is cleared at Finish and at the idle reset. Nothing is sent anywhere except
 * same-origin fetches for the live search, the heartbeat and the audio.
 */
(function () {
  'use strict';

  const body = document.body;
  if (!body) return;

  /* ---------- small helpers ---------- */

  const byId = (id) => document.getElementById(id);

  // Resolve a URL against the page and return it only if it is same-origin.
  function sameOrigin(url) {
    if (!url) return null;
    try {
      const u = new URL(url, location.href);
      return u.origin === location.origin ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // Whether the person at the screen has used Listen since they started (see the header).
  const LISTENED = 'navrat-listened';
  function markListened() {
    try { sessionStorage.setItem(LISTENED, '1'); } catch (e) { /* storage unavailable */ }
  }
  function hasListened() {
    try { return sessionStorage.getItem(LISTENED) === '1'; } catch (e) { return false; }
  }

  /* ---------- 1. idle reset ---------- */

  // Seconds a person needs to read the page's article (a topic): about 150 words a minute, or
  // 300 characters a minute in scripts written without spaces (Chinese). Forms get no extra
  // time: a half-filled form must not stay long on a shared screen.
  function readingSeconds() {
    const article = document.querySelector('main article');
    const text = article ? (article.innerText || article.textContent || '') : '';
    const words = text.split(/\s+/).filter((w) => w.length > 0).length;
    const han = (text.match(/[\u3400-\u9fff]/g) || []).length;
    return Math.round(Math.max(words / 150, han / 300) * 60);
  }

  // A short two-tone chime with the idle warning, for a person who looks away from the screen.
  function chime() {
    try {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) return false;
      const ctx = new Ctx();
      [[660, 0], [880, 0.25]].forEach(([hz, at]) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.frequency.value = hz;
        gain.gain.setValueAtTime(0.25, ctx.currentTime + at);
        gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + at + 0.22);
        osc.connect(gain).connect(ctx.destination);
        osc.start(ctx.currentTime + at);
        osc.stop(ctx.currentTime + at + 0.23);
      });
      setTimeout(() => { try { ctx.close(); } catch (e) { /* closed */ } }, 1000);
      return true;
    } catch (e) {
      return false;
    }
  }

  function initIdle() {
    const base = parseInt(body.getAttribute('data-idle'), 10);
    const clearUrl = sameOrigin(body.getAttribute('data-clear-url'));
    if (!(base > 0) || !clearUrl) return;
    // A long page gets the time it takes to read it, up to ten minutes in all.
    const idle = Math.min(Math.max(base, readingSeconds() + base), Math.max(base, 600));
    body.setAttribute('data-idle-effective', String(idle));

    const warning = byId('idle-warning');
    const seconds = byId('idle-seconds');
    const text = byId('idle-text');
    // The warning for each second, formatted by the server with the number itself so that
    // plural forms are right; pages without texts (the language picker) show the number.
    let texts = {};
    try {
      texts = JSON.parse((warning && warning.getAttribute('data-texts')) || '{}') || {};
    } catch (e) { texts = {}; }
    const counted = Object.keys(texts).map(Number).filter((n) => n > 0);
    const warnAt = counted.length ? Math.max(...counted)
      : (idle < 60 ? Math.floor(idle / 3) : 20); // seconds before reset
    let last = Date.now();
    let done = false;
    let timer = 0;

    // The warning said aloud after the chime, only to a person who has used Listen: others
    // in a shared room are not surprised by a voice (docs/audio.md).
    let spoken = null;
    function speakWarning() {
      const url = warning && sameOrigin(warning.getAttribute('data-speech'));
      if (!url || !hasListened()) {
        body.setAttribute('data-idle-spoken', 'no');
        return;
      }
      spoken = new Audio(url);
      spoken.addEventListener('playing', () => body.setAttribute('data-idle-spoken', 'playing'));
      setTimeout(() => {
        if (!spoken || warning.hidden) return;
        const played = spoken.play();
        if (played && played.catch) played.catch(() => body.setAttribute('data-idle-spoken', 'blocked'));
      }, 600);
    }

    function hideWarning() {
      if (spoken) { spoken.pause(); spoken = null; }
      if (warning && !warning.hidden) warning.hidden = true;
    }

    function restart() {
      last = Date.now();
      hideWarning();
    }

    function reset() {
      done = true;
      clearInterval(timer);
      try { sessionStorage.clear(); } catch (e) { /* storage unavailable */ }
      location.replace(clearUrl);
    }

    function tick() {
      if (done) return;
      const remaining = Math.ceil(idle - (Date.now() - last) / 1000);
      if (remaining <= 0) {
        reset();
      } else if (remaining <= warnAt && warning) {
        if (text && texts[remaining]) text.textContent = texts[remaining];
        if (seconds) seconds.textContent = String(remaining);
        warning.setAttribute('data-seconds', String(remaining));
        if (warning.hidden) {
          warning.hidden = false;
          body.setAttribute('data-idle-chime', chime() ? 'played' : 'unavailable');
          speakWarning();
          const cont = byId('idle-continue');
          if (cont) cont.focus();
        }
      }
    }

    // Only real user interaction counts (isTrusted excludes synthetic events,
    // e.g. the `input` events the on-screen keyboard dispatches).
    const onActivity = (e) => { if (e.isTrusted) restart(); };
    ['touchstart', 'touchmove', 'pointerdown', 'click', 'keydown', 'input', 'scroll', 'wheel'].forEach((type) => {
      document.addEventListener(type, onActivity, { capture: true, passive: true });
    });

    const cont = byId('idle-continue');
    if (cont) cont.addEventListener('click', restart);

    // A person listening is not idle.
    document.addEventListener('navrat:listening', restart);

    // A page restored from the back/forward cache starts a fresh period.
    window.addEventListener('pageshow', (e) => { if (e.persisted) restart(); });

    timer = setInterval(tick, 1000);
  }

  /* ---------- 2. on-screen keyboard ---------- */

  function initKeyboard() {
    const osk = byId('osk');
    if (!osk) return;

    // Letter rows from the server; invalid JSON just means no letter keyboard.
    let letters = null;
    try {
      const rows = JSON.parse(body.getAttribute('data-keyboard') || 'null');
      if (Array.isArray(rows) && rows.length && rows.every((r) => Array.isArray(r) &&
          r.every((k) => typeof k === 'string' && k.length > 0))) {
        letters = rows;
      }
    } catch (e) { letters = null; }

    const digitRows = [['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9'], ['+', '0', 'BACKSPACE']];
    const label = {
      space: body.getAttribute('data-osk-space') || 'Space',
      backspace: body.getAttribute('data-osk-backspace') || '\u232b',
      shift: body.getAttribute('data-osk-shift') || '\u21e7',
      hide: body.getAttribute('data-osk-hide') || 'Hide',
      digits: body.getAttribute('data-osk-digits') || '123',
      letters: 'abc',
    };
    const ZWNJ = '\u200c';
    const lang = document.documentElement.lang || undefined;

    function upper(ch) {
      try { return ch.toLocaleUpperCase(lang); } catch (e) { return ch.toUpperCase(); }
    }
    // Shift is only offered when at least one key has a distinct upper case.
    const hasCase = !!letters && letters.some((r) => r.some((k) => upper(k) !== k));

    let target = null;    // the osk input receiving keys
    let mode = 'letters'; // 'letters' | 'digits'
    let shift = false;    // one-shot upper case

    const isOskInput = (el) => !!el && el.matches &&
      el.matches('input[data-osk], textarea[data-osk]') && !el.disabled && !el.readOnly;

    function key(action, text, value, wide) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = wide ? 'osk-key osk-key--wide' : 'osk-key';
      b.setAttribute('data-action', action);
      if (value !== undefined) b.setAttribute('data-value', value);
      b.textContent = text;
      if (action === 'shift') b.setAttribute('aria-pressed', String(shift));
      return b;
    }

    function charKey(ch) {
      if (ch === 'BACKSPACE') return key('backspace', label.backspace, undefined, true);
      if (ch === ZWNJ) return key('char', 'ZWNJ', ch, false);
      const shown = shift ? upper(ch) : ch;
      return key('char', shown, shown, false);
    }

    function row(keys) {
      const r = document.createElement('div');
      r.className = 'osk-row';
      keys.forEach((k) => r.appendChild(k));
      return r;
    }

    // The keys of a field that takes only some characters (data-osk-keys, e.g. reference codes).
    function ownKeys(el) {
      try {
        const rows = JSON.parse(el.getAttribute('data-osk-keys') || 'null');
        if (Array.isArray(rows) && rows.length && rows.every((r) => Array.isArray(r) &&
            r.every((k) => typeof k === 'string' && k.length > 0))) return rows;
      } catch (e) { /* no own keys */ }
      return null;
    }

    function render() {
      const frag = document.createDocumentFragment();
      const own = ownKeys(target);
      if (own) {
        own.forEach((r) => frag.appendChild(row(r.map((k) => key('char', k, k, false)))));
        frag.appendChild(row([
          key('char', '-', '-', false),
          key('backspace', label.backspace, undefined, true),
          key('hide', label.hide, undefined, true),
        ]));
        osk.textContent = '';
        osk.appendChild(frag);
        return;
      }
      const lettersInput = target.getAttribute('data-osk') === 'text' && letters;
      if (mode === 'letters' && lettersInput) {
        letters.forEach((r) => frag.appendChild(row(r.map(charKey))));
        const controls = [];
        if (hasCase) controls.push(key('shift', label.shift, undefined, true));
        controls.push(key('mode', label.digits, undefined, true));
        controls.push(key('char', label.space, ' ', true));
        controls.push(key('backspace', label.backspace, undefined, true));
        controls.push(key('hide', label.hide, undefined, true));
        frag.appendChild(row(controls));
      } else {
        digitRows.forEach((r) => frag.appendChild(row(r.map(charKey))));
        const controls = [];
        if (lettersInput) controls.push(key('mode', label.letters, undefined, true));
        controls.push(key('char', label.space, ' ', true));
        controls.push(key('hide', label.hide, undefined, true));
        frag.appendChild(row(controls));
      }
      osk.textContent = '';
      osk.appendChild(frag);
    }

    function show(input) {
      const kind = input.getAttribute('data-osk');
      if (kind !== 'text' && kind !== 'digits' && kind !== 'reference') return hide();
      if (kind === 'text' && !letters) return hide();
      if (input !== target) {
        target = input;
        mode = kind === 'digits' ? 'digits' : 'letters';
        shift = false;
      }
      render();
      osk.hidden = false;
      // The form's send button stays above the keyboard (see kiosk.css).
      document.documentElement.style.setProperty('--osk-height', osk.offsetHeight + 'px');
      if (input.scrollIntoView) input.scrollIntoView({ block: 'center' });
    }

    function hide() {
      document.documentElement.style.removeProperty('--osk-height');
      osk.hidden = true;
      osk.textContent = '';
      target = null;
      shift = false;
    }

    function fireInput(el) {
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }

    // Current selection, or "end of value" when the input type has none.
    function selection(el) {
      let s = null, e = null;
      try { s = el.selectionStart; e = el.selectionEnd; } catch (err) { /* unsupported */ }
      if (typeof s !== 'number' || typeof e !== 'number') s = e = el.value.length;
      return [s, e];
    }

    function setCaret(el, pos) {
      try { el.setSelectionRange(pos, pos); } catch (err) { /* unsupported */ }
    }

    function insert(el, text) {
      const [s, e] = selection(el);
      const max = parseInt(el.getAttribute('maxlength'), 10);
      if (max >= 0 && el.value.length - (e - s) + text.length > max) return;
      el.value = el.value.slice(0, s) + text + el.value.slice(e);
      setCaret(el, s + text.length);
      fireInput(el);
    }

    function backspace(el) {
      let [s, e] = selection(el);
      if (s === e) {
        if (s === 0) return;
        // Remove a whole surrogate pair, not half of it.
        const low = el.value.charCodeAt(s - 1);
        const high = el.value.charCodeAt(s - 2);
        s -= (s >= 2 && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) ? 2 : 1;
      }
      el.value = el.value.slice(0, s) + el.value.slice(e);
      setCaret(el, s);
      fireInput(el);
    }

    function press(btn) {
      if (!target || !target.isConnected) return hide();
      if (document.activeElement !== target) target.focus();
      const action = btn.getAttribute('data-action');
      if (action === 'char') {
        insert(target, btn.getAttribute('data-value') || '');
        if (shift) { shift = false; render(); } // shift applies to one key only
      } else if (action === 'backspace') {
        backspace(target);
      } else if (action === 'shift') {
        shift = !shift;
        render();
      } else if (action === 'mode') {
        mode = mode === 'letters' ? 'digits' : 'letters';
        shift = false;
        render();
      } else if (action === 'hide') {
        const el = target;
        hide();
        el.blur(); // so the next tap on the input focuses it and reopens the keyboard
      }
    }

    // pointerdown + preventDefault keeps focus and caret in the input.
    osk.addEventListener('pointerdown', (e) => {
      const btn = e.target.closest && e.target.closest('.osk-key');
      if (!btn) return;
      e.preventDefault();
      if (e.button === 0) press(btn);
    });
    osk.addEventListener('mousedown', (e) => e.preventDefault());
    // Keyboard / assistive-technology activation produces a click with detail 0.
    osk.addEventListener('click', (e) => {
      const btn = e.target.closest && e.target.closest('.osk-key');
      if (btn && e.detail === 0) press(btn);
    });

    document.addEventListener('focusin', (e) => {
      const el = e.target;
      if (osk.contains(el)) return;
      if (isOskInput(el)) show(el); else if (!osk.hidden) hide();
    });
    // Tapping an already-focused input after "Hide" reopens the keyboard.
    document.addEventListener('click', (e) => {
      if (osk.hidden && isOskInput(e.target) && document.activeElement === e.target) show(e.target);
    });
  }

  /* ---------- 3. search as you type ---------- */

  function initLiveSearch() {
    const form = document.querySelector('form[data-live-search]');
    const results = byId('results');
    if (!form || !results) return;
    const input = form.querySelector('input[name="q"]');
    const action = form.getAttribute('action');
    if (!input || !action || !sameOrigin(action)) return;

    let timer = 0;
    let seq = 0; // only the newest request may update #results

    input.addEventListener('input', () => {
      clearTimeout(timer);
      const id = ++seq; // also invalidates requests still in flight
      const value = input.value.trim();
      if (Array.from(value).length < 2) return;
      timer = setTimeout(() => {
        const url = action + (action.indexOf('?') === -1 ? '?' : '&') +
          'q=' + encodeURIComponent(value) + '&partial=1';
        fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin', mode: 'same-origin' })
          .then((res) => (res.ok ? res.text() : null))
          .then((html) => { if (html !== null && id === seq) results.innerHTML = html; })
          .catch(() => { /* offline: the normal form submit still works */ });
      }, 250);
    });
  }

  /* ---------- 4. double-tap protection ---------- */

  function initOnce() {
    const disabledByUs = new Set();

    function enable(form) {
      form.removeAttribute('data-once-busy');
      disabledByUs.forEach((b) => {
        if (b.form === form || form.contains(b)) {
          b.disabled = false;
          b.removeAttribute('aria-busy');
          disabledByUs.delete(b);
        }
      });
    }

    document.addEventListener('submit', (e) => {
      const form = e.target;
      if (!form.matches || !form.matches('form[data-once]')) return;
      if (form.hasAttribute('data-once-busy')) { e.preventDefault(); return; } // second tap
      if (e.defaultPrevented) return;
      form.setAttribute('data-once-busy', '');
      // Disable after the event so the clicked button's name/value is still submitted.
      setTimeout(() => {
        Array.prototype.forEach.call(form.elements, (el) => {
          if ((el.type === 'submit' || el.type === 'image') && !el.disabled) {
            el.disabled = true;
            el.setAttribute('aria-busy', 'true');
            disabledByUs.add(el);
          }
        });
      }, 0);
      setTimeout(() => enable(form), 8000); // network may have failed
    });

    // Coming back via the back/forward cache: make the forms usable again.
    window.addEventListener('pageshow', (e) => {
      if (e.persisted) document.querySelectorAll('form[data-once]').forEach(enable);
    });
  }

  /* ---------- 5. back buttons ---------- */

  function initBack() {
    document.addEventListener('click', (e) => {
      const el = e.target.closest && e.target.closest('[data-back]');
      if (!el) return;
      e.preventDefault();
      if (history.length > 1) {
        history.back();
      } else {
        const url = sameOrigin(el.getAttribute('data-back'));
        if (url) location.assign(url);
      }
    });
  }

  /* ---------- 6. error summary ---------- */

  // A form that came back with errors: show the summary at the top and move focus to it, so
  // the person (and a screen reader) starts from what needs fixing.
  function initErrorSummary() {
    const summary = byId('error-summary');
    if (!summary) return;
    summary.scrollIntoView({ block: 'start' });
    summary.focus({ preventScroll: true });
  }

  /* ---------- 7. heartbeat ---------- */

  // Tells the server this kiosk is alive while a page stays open for a long time (an idle
  // kiosk shows its start page for hours); a failure is only tried again next minute.
  function initHeartbeat() {
    const url = sameOrigin(body.getAttribute('data-heartbeat'));
    const version = body.getAttribute('data-version');
    if (!url || !version) return;
    const beat = () => {
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'version=' + encodeURIComponent(version),
        credentials: 'same-origin',
        mode: 'same-origin',
        cache: 'no-store',
      }).catch(() => {});
    };
    setInterval(beat, 60 * 1000);
  }

  /* ---------- 8. Listen ---------- */

  // Without this file the Listen button is a plain link to the Ogg/Opus file, which the
  // browser plays on its own page. With it, the page's <audio> plays in place and the button
  // becomes Pause, with Replay beside it. Nothing is fetched before the first press
  // (preload="none").
  function initListen() {
    document.querySelectorAll('[data-listen]').forEach((box) => {
      const audio = box.querySelector('[data-listen-audio]');
      const play = box.querySelector('[data-listen-play]');
      const pause = box.querySelector('[data-listen-pause]');
      const replay = box.querySelector('[data-listen-replay]');
      if (!audio || !play || !pause || !replay) return;
      const show = (playing) => {
        play.hidden = playing;
        pause.hidden = !playing;
        replay.hidden = !(playing || audio.currentTime > 0);
        box.setAttribute('data-state', playing ? 'playing' : (audio.ended ? 'ended' : 'paused'));
      };
      const start = () => {
        const played = audio.play();
        if (played && played.catch) played.catch(() => show(false));
      };
      play.addEventListener('click', (e) => { e.preventDefault(); start(); });
      pause.addEventListener('click', () => audio.pause());
      replay.addEventListener('click', () => { audio.currentTime = 0; start(); });
      audio.addEventListener('play', () => { show(true); markListened(); });
      audio.addEventListener('pause', () => show(false));
      audio.addEventListener('ended', () => show(false));
      audio.addEventListener('canplay', () => box.setAttribute('data-ready', 'yes'));
      audio.addEventListener('error', () => box.setAttribute('data-ready', 'error'));
      let lastNudge = 0;
      audio.addEventListener('timeupdate', () => {
        const now = Date.now();
        if (now - lastNudge > 5000) {
          lastNudge = now;
          document.dispatchEvent(new CustomEvent('navrat:listening'));
        }
      });
    });
  }

  /* ---------- 9. the reference code read aloud ---------- */

  // The server gives the clip of every character codes are made of (the same for every code);
  // the code itself is only on the page. Its characters play one after the other, with a
  // pause at each separator. Without this file the code stays on screen and the button hidden.
  function initReadCode() {
    document.querySelectorAll('[data-read-code]').forEach((box) => {
      let clips = {};
      try { clips = JSON.parse(box.getAttribute('data-read-code') || '{}') || {}; } catch (e) { return; }
      const audio = box.querySelector('[data-read-code-audio]');
      const play = box.querySelector('[data-read-code-play]');
      const shown = document.querySelector('.reference-code');
      if (!audio || !play || !shown) return;
      let queue = [];
      function next() {
        if (!queue.length) { box.setAttribute('data-state', 'ended'); return; }
        const clip = queue.shift();
        if (clip === null) { setTimeout(next, 450); return; } // a separator: a short pause
        audio.src = clip;
        const played = audio.play();
        if (played && played.catch) played.catch(() => { queue = []; box.setAttribute('data-state', 'paused'); });
      }
      audio.addEventListener('ended', next);
      audio.addEventListener('error', () => { queue = []; box.setAttribute('data-state', 'error'); });
      play.addEventListener('click', () => {
        const code = (shown.textContent || '').trim().toUpperCase();
        queue = Array.from(code).map((c) =>
          (Object.prototype.hasOwnProperty.call(clips, c) ? sameOrigin(clips[c]) : null));
        audio.pause();
        box.setAttribute('data-state', 'playing');
        markListened();
        document.dispatchEvent(new CustomEvent('navrat:listening'));
        next();
      });
      box.hidden = false;
    });
  }

  /* ---------- 10. the language picker's speakers ---------- */

  // Beside each language, a speaker says its name in that language; tapping the name still
  // chooses it at once. Without this file the speaker is a link to the clip.
  function initSay() {
    const audio = byId('say-audio');
    if (!audio) return;
    let current = null;
    const mark = (state) => { if (current) current.setAttribute('data-state', state); };
    document.addEventListener('click', (e) => {
      const btn = e.target.closest && e.target.closest('[data-say]');
      if (!btn) return;
      const url = sameOrigin(btn.getAttribute('data-say'));
      if (!url) return;
      e.preventDefault();
      if (current) current.removeAttribute('data-state');
      current = btn;
      audio.pause();
      audio.src = url;
      mark('loading');
      markListened();
      const played = audio.play();
      if (played && played.catch) played.catch(() => mark('blocked'));
    });
    audio.addEventListener('playing', () => mark('playing'));
    audio.addEventListener('canplay', () => { if (current) current.setAttribute('data-ready', 'yes'); });
    audio.addEventListener('ended', () => mark('ended'));
    audio.addEventListener('error', () => mark('error'));
  }

  // Finish: the next person starts without this one's Listen flag.
  function initFinish() {
    document.addEventListener('click', (e) => {
      const link = e.target.closest && e.target.closest('a[href="/clear"]');
      if (!link) return;
      try { sessionStorage.removeItem(LISTENED); } catch (err) { /* storage unavailable */ }
    });
  }

  [initIdle, initKeyboard, initLiveSearch, initOnce, initBack, initErrorSummary, initHeartbeat, initListen,
    initReadCode, initSay, initFinish].forEach((init) => {
    try { init(); } catch (err) { /* one broken feature must not stop the others */ }
  });
})();
