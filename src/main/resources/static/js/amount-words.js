// Shows, under every amount field marked data-amount-words, how the typed amount reads:
// "1조 3,000억 원" in Korean pages, "₩1.3 trillion" in English ones. The server does the real checking.
(function () {
  'use strict';

  var korean = document.documentElement.lang === 'ko';
  var grouped = function (n) { return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ','); };

  function inKorean(value) {
    if (value === 0n) { return '0원'; }
    var units = [[10000000000000000n, '경'], [1000000000000n, '조'], [100000000n, '억'], [10000n, '만']];
    var words = [];
    var rest = value;
    units.forEach(function (unit) {
      var count = rest / unit[0];
      if (count > 0n) { words.push(grouped(count) + unit[1]); rest = rest % unit[0]; }
    });
    return rest > 0n ? (words.concat(grouped(rest) + '원')).join(' ') : words.join(' ') + ' 원';
  }

  function inEnglish(value) {
    var units = [[1000000000000n, 'trillion'], [1000000000n, 'billion'], [1000000n, 'million']];
    for (var i = 0; i < units.length; i++) {
      if (value >= units[i][0]) {
        var scaled = Number(value * 1000n / units[i][0]) / 1000;
        return '₩' + scaled.toLocaleString('en', { maximumFractionDigits: 3 }) + ' ' + units[i][1];
      }
    }
    return '₩' + grouped(value);
  }

  // The same reading as the server's (WonInput): figures, or 경/조/억/만 sections made of 천/백/십 and numbers.
  var SCALE = 100000000n;
  var LARGE = { '경': 10000000000000000n, '조': 1000000000000n, '억': 100000000n, '만': 10000n };
  var SMALL = { '천': 1000n, '백': 100n, '십': 10n };

  function scaled(number) {
    var parts = number.replace(/,/g, '').split('.');
    var fraction = (parts[1] || '');
    if (fraction.length > 8) { return null; }
    return BigInt(parts[0]) * SCALE + BigInt((fraction + '00000000').slice(0, 8));
  }

  function read(text) {
    text = text.normalize('NFKC').trim().replace(/^₩/, '').replace(/원$/, '').trim();
    if (text === '' || text.length > 40 || /[0-9.,]\s+[0-9]/.test(text)) { return null; }
    text = text.replace(/\s+/g, '');
    var tokens = text.match(/(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[경조억만천백십]|./g) || [];
    var total = 0n, section = 0n, number = null, lastLarge = null, lastSmall = null, small = false;
    for (var i = 0; i < tokens.length; i++) {
      var token = tokens[i];
      if (LARGE[token]) {
        var unit = LARGE[token];
        if (lastLarge !== null && unit >= lastLarge) { return null; }
        var count = section + (number === null ? 0n : number);
        if (count === 0n) {
          if (number !== null || small || lastLarge !== null) { return null; }
          count = SCALE;
        }
        var part = count * unit;
        if (lastLarge !== null && part >= lastLarge * SCALE) { return null; }
        total += part; lastLarge = unit; section = 0n; number = null; lastSmall = null; small = false;
      } else if (SMALL[token]) {
        var multiple = SMALL[token];
        var times = number === null ? SCALE : number;
        if ((lastSmall !== null && multiple >= lastSmall) || times >= 10n * SCALE) { return null; }
        section += times * multiple; lastSmall = multiple; small = true; number = null;
      } else if (/^[\d,.]/.test(token) && /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(token)) {
        if (number !== null) { return null; }
        number = scaled(token);
        if (number === null) { return null; }
      } else {
        return null;
      }
    }
    if (number !== null || small) {
      var rest = section + (number === null ? 0n : number);
      if (lastLarge !== null && (lastLarge >= 100000000n || rest >= lastLarge * SCALE)) { return null; }
      total += rest;
    }
    if (total % SCALE !== 0n) { return null; }
    return total / SCALE;
  }

  function describe(input) {
    var target = document.getElementById(input.getAttribute('data-words-target'));
    if (!target) { return; }
    var value = read(input.value);
    if (value === null || value > 9223372036854775807n) { target.textContent = ''; return; }
    target.textContent = korean ? inKorean(value) : inEnglish(value);
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('[data-amount-words]')) { describe(event.target); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-amount-words]').forEach(describe);
  });
})();
