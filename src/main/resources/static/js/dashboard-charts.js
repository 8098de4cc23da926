/*
 * Draws the dashboard's charts from the JSON block #dashboard-chart-data (amounts in whole won). Each chart has a
 * table with the same figures next to it, so nothing is lost without JavaScript.
 */
(function () {
  'use strict';

  var COLOURS = {
    paid: '#0f8b8d',
    guaranteed: '#1a4d8f',
    remaining: '#d5dbe5',
    submitted: '#8fb3de',
    issued: '#12325f',
    disbursed: '#d9822b',
    parts: ['#0f8b8d', '#1a4d8f', '#d9822b', '#7a5195']
  };

  function wrap(label, width) {
    var words = String(label).split(' ');
    var lines = [];
    var line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    if (line) {
      lines.push(line);
    }
    return lines;
  }

  function draw() {
    var source = document.getElementById('dashboard-chart-data');
    if (!source || typeof window.Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(source.textContent);
    var language = document.documentElement.lang || 'ko';
    var number = new Intl.NumberFormat(language, { maximumFractionDigits: data.unit.decimals });
    var whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });

    /* Axis labels with as many decimals as the step between ticks has, so that no two ticks read the same. */
    function tickLabel(value, position, ticks) {
      var step = ticks.length > 1 ? Math.abs(ticks[1].value - ticks[0].value) : 1;
      var fraction = String(Number(step.toPrecision(6))).split('.')[1] || '';
      var decimals = Math.min(fraction.length, 4);
      return new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
        .format(value);
    }
    var narrow = window.matchMedia('(max-width: 576px)').matches;
    // People who asked their system for less motion get the charts drawn at once.
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      window.Chart.defaults.animation = false;
    }

    function inUnits(won) {
      return won / data.unit.divisor;
    }

    function amountLabel(context) {
      return context.dataset.label + ': ' + number.format(context.raw) + ' ' + data.unit.label;
    }

    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

    /*
     * Each programme's bar is its own capacity, split into shares: a programme a hundredth the size of another is
     * as visible as it. The amounts are in the label, the tooltips and the table.
     */
    var capacity = document.getElementById('capacity-chart');
    if (capacity) {
      var colours = [COLOURS.paid, COLOURS.guaranteed, COLOURS.remaining];
      var series = data.programmes.series;
      var totals = data.programmes.labels.map(function (label, programme) {
        return series.reduce(function (sum, part) { return sum + part.values[programme]; }, 0);
      });
      var share = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
      var labels = data.programmes.labels.map(function (label, programme) {
        return wrap(label, narrow ? 16 : 24).concat([number.format(inUnits(totals[programme])) + ' ' + data.unit.label]);
      });
      var lines = labels.reduce(function (sum, label) { return sum + Math.max(label.length, 2); }, 0);
      capacity.parentNode.style.height = Math.max(240, lines * 18 + labels.length * 16 + 110) + 'px';
      new window.Chart(capacity, {
        type: 'bar',
        data: {
          labels: labels,
          datasets: series.map(function (part, index) {
            return {
              label: part.label,
              data: part.values.map(function (won, programme) {
                return totals[programme] > 0 && won > 0 ? won / totals[programme] * 100 : null;
              }),
              won: part.values,
              backgroundColor: colours[index],
              borderWidth: 0,
              // a sliver of a share still shows
              minBarLength: 2
            };
          })
        },
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          scales: {
            x: {
              stacked: true,
              min: 0,
              max: 100,
              title: { display: true, text: data.programmes.shareAxis },
              ticks: { callback: function (value) { return whole.format(value) + '%'; } }
            },
            y: { stacked: true, ticks: { autoSkip: false } }
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: {
              callbacks: {
                label: function (context) {
                  var won = context.dataset.won[context.dataIndex];
                  return context.dataset.label + ': ' + number.format(inUnits(won)) + ' ' + data.unit.label
                    + ' (' + share.format(context.raw) + '%)';
                }
              }
            }
          }
        }
      });
    }

    var weekly = document.getElementById('weekly-chart');
    if (weekly) {
      new window.Chart(weekly, {
        data: {
          labels: data.weeks.labels.map(function (day) { return day.substring(5); }),
          datasets: [
            {
              type: 'bar',
              label: data.weeks.submitted.label,
              data: data.weeks.submitted.values,
              backgroundColor: COLOURS.submitted,
              yAxisID: 'count',
              order: 2
            },
            {
              type: 'bar',
              label: data.weeks.issued.label,
              data: data.weeks.issued.values,
              backgroundColor: COLOURS.issued,
              yAxisID: 'count',
              order: 2
            },
            {
              type: 'line',
              label: data.weeks.disbursed.label,
              data: data.weeks.disbursed.values.map(inUnits),
              borderColor: COLOURS.disbursed,
              backgroundColor: COLOURS.disbursed,
              pointRadius: 2,
              tension: 0.2,
              yAxisID: 'amount',
              order: 1
            }
          ]
        },
        options: {
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            count: {
              type: 'linear',
              position: 'left',
              beginAtZero: true,
              title: { display: !narrow, text: data.weeks.countAxis },
              ticks: { precision: 0 }
            },
            amount: {
              type: 'linear',
              position: 'right',
              beginAtZero: true,
              title: { display: true, text: data.unit.label },
              grid: { drawOnChartArea: false },
              ticks: { callback: tickLabel }
            }
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: {
              callbacks: {
                label: function (context) {
                  return context.dataset.yAxisID === 'amount' ? amountLabel(context)
                    : context.dataset.label + ': ' + whole.format(context.raw);
                }
              }
            }
          }
        }
      });
    }

    var breakdown = document.getElementById('breakdown-chart');
    if (breakdown && data.breakdown) {
      horizontalBars(breakdown, data.breakdown.labels, data.breakdown.series.map(function (series, index) {
        return {
          label: series.label,
          data: series.values.map(inUnits),
          backgroundColor: index === 0 ? COLOURS.guaranteed : COLOURS.paid,
          borderWidth: 0
        };
      }), false, data.unit.label, amountLabel);
    }

    /* A funder's won approved and paid out month by month, side by side. */
    var pace = document.getElementById('pace-chart');
    if (pace && data.pace) {
      new window.Chart(pace, {
        type: 'bar',
        data: {
          labels: data.pace.labels,
          datasets: data.pace.series.map(function (series, position) {
            return {
              label: series.label,
              data: series.values.map(inUnits),
              words: series.words,
              backgroundColor: position === 0 ? COLOURS.guaranteed : COLOURS.disbursed,
              borderWidth: 0
            };
          })
        },
        options: {
          maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            y: {
              beginAtZero: true,
              title: { display: true, text: data.unit.label },
              ticks: { callback: tickLabel }
            }
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: {
              callbacks: {
                label: function (context) {
                  return context.dataset.label + ': ' + context.dataset.words[context.dataIndex];
                }
              }
            }
          }
        }
      });
    }

    var index = document.getElementById('index-chart');
    if (index && data.index) {
      horizontalBars(index, data.index.labels, data.index.series.map(function (series, position) {
        return {
          label: series.label,
          data: series.values,
          backgroundColor: COLOURS.parts[position % COLOURS.parts.length],
          borderWidth: 0
        };
      }), true, data.index.axis, function (context) {
        return context.dataset.label + ': ' + number.format(context.raw);
      }, 100);
    }

    /* One bar (or stack) per group, the chart as tall as its groups need so that names never overlap. */
    function horizontalBars(canvas, names, datasets, stacked, axisTitle, tooltipLabel, max) {
      var labels = names.map(function (label) { return wrap(label, narrow ? 14 : 26); });
      var lines = labels.reduce(function (sum, label) { return sum + Math.max(label.length, 1); }, 0);
      var perGroup = stacked ? 16 : 26;
      canvas.parentNode.style.height = Math.max(200, lines * 16 + labels.length * perGroup + 90) + 'px';
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: labels, datasets: datasets },
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          scales: {
            x: {
              stacked: stacked,
              beginAtZero: true,
              max: max,
              title: { display: true, text: axisTitle },
              ticks: { callback: tickLabel }
            },
            y: { stacked: stacked, ticks: { autoSkip: false } }
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: { callbacks: { label: tooltipLabel } }
          }
        }
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
