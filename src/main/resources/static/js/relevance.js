/* Rasd — live relevance for any form drawn by forms/fields.html (visits, polls, the builder's preview): each question
   carries its XLSForm condition (data-relevant) and whether it is required (data-required); this script reads the
   conditions with the same grammar as the server (ps.rasd.forms.expression), shows the questions asked now, hides the
   others and marks what is required, at every change and without a round trip, so it works offline. The server stays
   the judge: it checks the answers again when they are saved. The page works without this script. */
(function () {
  'use strict';
  var INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;
  var ARITY = { 'not': 1, 'selected': 2, 'count-selected': 1, 'string-length': 1, 'number': 1, 'true': 0, 'false': 0, 'regex': 2 };

  function latin(text) {
    return String(text).replace(INDIC, function (d) { var c = d.charCodeAt(0); return String(c >= 0x06F0 ? c - 0x06F0 : c - 0x0660); });
  }

  function tokens(text) {
    var s = latin(text), at = 0, out = [];
    while (true) {
      while (at < s.length && /\s/.test(s[at])) { at++; }
      if (at >= s.length) { out.push({ k: 'END' }); return out; }
      var c = s[at], start = at, end;
      if (c === '$') {
        end = s.indexOf('}', at);
        if (s[at + 1] !== '{' || end < 0) { throw new Error('bad-reference'); }
        out.push({ k: 'REF', t: s.substring(at + 2, end).trim() }); at = end + 1;
      } else if (c === '\'' || c === '"') {
        end = s.indexOf(c, at + 1);
        if (end < 0) { throw new Error('unclosed-string'); }
        out.push({ k: 'STR', t: s.substring(at + 1, end) }); at = end + 1;
      } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(s[at + 1] || ''))) {
        while (at < s.length && /[0-9.]/.test(s[at])) { at++; }
        out.push({ k: 'NUM', t: s.substring(start, at) });
      } else if (/[\p{L}_]/u.test(c)) {
        while (at < s.length && /[\p{L}\p{N}_-]/u.test(s[at])) { at++; }
        out.push({ k: 'NAME', t: s.substring(start, at) });
      } else if ((c === '!' || c === '<' || c === '>') && s[at + 1] === '=') {
        out.push({ k: 'OP', t: c + '=' }); at += 2;
      } else if ('=+-*<>'.indexOf(c) >= 0) {
        out.push({ k: 'OP', t: c }); at++;
      } else if ('(),.'.indexOf(c) >= 0) {
        out.push({ k: c }); at++;
      } else { throw new Error('unexpected-character'); }
    }
  }

  /* Recursive descent by precedence, as the server's Parser: or < and < comparison < + - < * div mod < unary < primary.
     The result is a function of a lookup (name -> answer text) and the current value. */
  function parse(text) {
    var ts = tokens(text), i = 0;
    function peek() { return ts[i]; }
    function word(w) { if (peek().k === 'NAME' && peek().t === w) { i++; return true; } return false; }
    function expect(k) { if (ts[i].k !== k) { throw new Error('unexpected-token'); } i++; }
    function or() { var l = and(); while (word('or')) { l = bin('or', l, and()); } return l; }
    function and() { var l = cmp(); while (word('and')) { l = bin('and', l, cmp()); } return l; }
    function cmp() {
      var l = add(), t = peek();
      if (t.k === 'OP' && ['=', '!=', '<', '<=', '>', '>='].indexOf(t.t) >= 0) { i++; return bin(t.t, l, add()); }
      return l;
    }
    function add() {
      var l = mul();
      while (peek().k === 'OP' && (peek().t === '+' || peek().t === '-')) { var op = ts[i++].t; l = bin(op, l, mul()); }
      return l;
    }
    function mul() {
      var l = unary();
      while ((peek().k === 'OP' && peek().t === '*') || (peek().k === 'NAME' && (peek().t === 'div' || peek().t === 'mod'))) {
        var op = ts[i++].t; l = bin(op, l, unary());
      }
      return l;
    }
    function unary() {
      if (peek().k === 'OP' && peek().t === '-') { i++; var o = unary(); return function (a, c) { return -num(o(a, c)); }; }
      return primary();
    }
    function primary() {
      var t = ts[i++];
      if (t.k === 'NUM') { var n = Number(t.t); return function () { return n; }; }
      if (t.k === 'STR') { return function () { return t.t; }; }
      if (t.k === 'REF') { return function (a) { return a(t.t); }; }
      if (t.k === '.') { return function (a, c) { return c == null ? '' : c; }; }
      if (t.k === '(') { var inner = or(); expect(')'); return inner; }
      if (t.k === 'NAME' && ARITY[t.t] !== undefined && peek().k === '(') {
        i++;
        var args = [];
        if (peek().k !== ')') { args.push(or()); while (peek().k === ',') { i++; args.push(or()); } }
        expect(')');
        if (args.length !== ARITY[t.t]) { throw new Error('wrong-argument-count'); }
        return call(t.t, args);
      }
      throw new Error('unexpected-token');
    }
    var result = or();
    if (peek().k !== 'END') { throw new Error('unexpected-token'); }
    return result;
  }

  function bool(v) { return typeof v === 'boolean' ? v : typeof v === 'number' ? (v !== 0 && !isNaN(v)) : v != null && String(v) !== ''; }
  function num(v) {
    if (typeof v === 'number') { return v; }
    if (typeof v === 'boolean') { return v ? 1 : 0; }
    var s = latin(v == null ? '' : v).trim();
    return s === '' || isNaN(Number(s)) ? NaN : Number(s);
  }
  function str(v) { return typeof v === 'number' && Number.isInteger(v) ? String(v) : v == null ? '' : String(v); }
  function list(v) { var s = str(v).trim(); return s === '' ? [] : s.split(/\s+/); }

  function bin(op, l, r) {
    return function (a, c) {
      if (op === 'or') { return bool(l(a, c)) || bool(r(a, c)); }
      if (op === 'and') { return bool(l(a, c)) && bool(r(a, c)); }
      var x = l(a, c), y = r(a, c);
      if (op === '=' || op === '!=') {
        var equal = typeof x === 'boolean' || typeof y === 'boolean' ? bool(x) === bool(y)
          : typeof x === 'number' || typeof y === 'number' ? num(x) === num(y) : str(x) === str(y);
        return (op === '=') === equal;
      }
      var p = num(x), q = num(y);
      switch (op) {
        case '<': return p < q;
        case '<=': return p <= q;
        case '>': return p > q;
        case '>=': return p >= q;
        case '+': return p + q;
        case '-': return p - q;
        case '*': return p * q;
        case 'div': return p / q;
        default: return p % q;
      }
    };
  }

  function call(name, args) {
    return function (a, c) {
      switch (name) {
        case 'not': return !bool(args[0](a, c));
        case 'selected': return list(args[0](a, c)).indexOf(str(args[1](a, c))) >= 0;
        case 'count-selected': return list(args[0](a, c)).length;
        case 'string-length': return str(args[0](a, c)).length;
        case 'number': return num(args[0](a, c));
        case 'true': return true;
        case 'false': return false;
        default: return new RegExp('^(?:' + str(args[1](a, c)) + ')$').test(str(args[0](a, c)));
      }
    };
  }

  /* The answers typed now, by question name: a multiple choice is its values joined by spaces, as the server reads it. */
  function raw(form) {
    var kept = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name.indexOf('a.') !== 0 || el.disabled) { return; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { return; }
      var name = el.name.substring(2);
      kept[name] = kept[name] ? kept[name] + ' ' + el.value : el.value;
    });
    return kept;
  }

  /* Questions in order, as the server checks them: an earlier question that is not asked counts as unanswered. */
  function apply(form) {
    var answers = raw(form), done = {}, asked = 0, answered = 0;
    function lookup(name) {
      if (done.hasOwnProperty(name)) { return done[name]; }
      return latin((answers[name] || '').trim());
    }
    Array.prototype.forEach.call(form.querySelectorAll('[data-question]'), function (q) {
      var name = q.getAttribute('data-question');
      var condition = q.getAttribute('data-relevant');
      var shown = true;
      if (condition) {
        try { q._relevant = q._relevant || parse(condition); shown = bool(q._relevant(lookup, null)); } catch (e) { shown = !q.hidden; }
      }
      var value = (answers[name] || '').trim();
      done[name] = shown ? latin(value) : '';
      q.hidden = !shown;
      var required = shown && q.getAttribute('data-required') === 'true';
      Array.prototype.forEach.call(q.querySelectorAll('input:not([type=hidden]):not([type=file]), textarea, select'), function (el) {
        if (el.name && el.name.indexOf('a.') === 0) {
          if (required) { el.setAttribute('aria-required', 'true'); } else { el.removeAttribute('aria-required'); }
        }
      });
      if (shown) { asked++; if (value !== '') { answered++; } }
    });
    var bar = document.querySelector('.answered-count progress');
    var label = document.querySelector('.answered-count span');
    var text = document.querySelector('[data-answered-text]');
    if (bar && label && text) {
      var lang = document.documentElement.lang;
      bar.max = asked;
      bar.value = answered;
      label.textContent = text.getAttribute('data-answered-text')
        .replace('{0}', answered.toLocaleString(lang)).replace('{1}', asked.toLocaleString(lang));
    }
  }

  window.RasdRelevance = { apply: apply, parse: parse };
  Array.prototype.forEach.call(document.querySelectorAll('form[data-live-relevance]'), function (form) {
    function changed() { apply(form); }
    form.addEventListener('change', changed);
    form.addEventListener('input', changed);
    apply(form);
  });
}());
