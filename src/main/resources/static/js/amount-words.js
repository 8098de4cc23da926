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

  function describe(input) {
    var target = document.getElementById(input.getAttribute('data-words-target'));
    if (!target) { return; }
    var text = input.value.trim().replace(/^₩/, '').replace(/원$/, '').trim();
    if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(text)) { target.textContent = ''; return; }
    var value = BigInt(text.replace(/,/g, ''));
    if (value > 9223372036854775807n) { target.textContent = ''; return; }
    target.textContent = korean ? inKorean(value) : inEnglish(value);
  }

  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('[data-amount-words]')) { describe(event.target); }
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-amount-words]').forEach(describe);
  });
})();
