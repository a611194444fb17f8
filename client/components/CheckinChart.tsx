// The three check-in questions over time, as small charts: one line each, told apart by
// pattern and marker as well as colour, and a light band where the two answered differently,
// offered as something to talk about. The same answers follow as a table.
import { For, Show } from 'solid-js';
import type { RevealedCheckin } from '../../shared/space/types.ts';
import { labelOf, t } from '../lib/copy.ts';
import { shortDay } from '../lib/when.ts';

export const MEASURES = ['safe', 'seen', 'appreciated'] as const;
export type Measure = (typeof MEASURES)[number];

const W = 320;
const H = 130;
const PAD = { left: 30, right: 14, top: 12, bottom: 30 };
/** Two points apart or more on the last check-in is when the words suggest talking. */
const APART = 2;

interface Props {
  checkins: readonly RevealedCheckin[];
  myId: string;
  otherId: string;
  otherName: string;
}

function Multiple(props: Props & { measure: Measure }) {
  const n = () => props.checkins.length;
  const x = (i: number) => (n() === 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + (i * (W - PAD.left - PAD.right)) / (n() - 1));
  const y = (v: number) => PAD.top + ((5 - v) * (H - PAD.top - PAD.bottom)) / 4;
  const value = (c: RevealedCheckin, who: string) => c.answers[who]?.[props.measure];
  const line = (who: string) =>
    props.checkins.flatMap((c, i) => { const v = value(c, who); return v === undefined ? [] : [`${x(i)},${y(v)}`]; }).join(' ');
  const apart = () => {
    const last = props.checkins.at(-1);
    const a = last && value(last, props.myId);
    const b = last && value(last, props.otherId);
    return a !== undefined && b !== undefined && Math.abs(a - b) >= APART;
  };
  const titleId = `chart-${props.measure}`;
  return (
    <figure class="chart" data-testid={`chart-${props.measure}`}>
      <figcaption class="chart-title">{t(`checkins.q.${props.measure}.legend`)}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} preserveAspectRatio="xMidYMid meet">
        <title id={titleId}>{t('checkins.chart.svgTitle', { measure: t(`checkins.q.${props.measure}.legend`), name: props.otherName })}</title>
        <For each={[1, 2, 3, 4, 5]}>
          {(v) => (
            <>
              <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
              <text class="axis" x={PAD.left - 10} y={y(v) + 5} text-anchor="end">{v}</text>
            </>
          )}
        </For>
        <For each={props.checkins}>
          {(c, i) => {
            const a = value(c, props.myId);
            const b = value(c, props.otherId);
            return (
              <>
                <Show when={a !== undefined && b !== undefined && a !== b}>
                  <rect class="gap" x={x(i()) - 6} width={12} y={y(Math.max(a ?? 0, b ?? 0))} height={Math.abs(y(a ?? 0) - y(b ?? 0))} rx={3} />
                </Show>
                <Show when={i() === 0 || i() === n() - 1 || n() <= 6}>
                  {/* The first and last day are tucked inside the chart, so neither is cut at its edge. */}
                  <text class="axis" x={x(i())} y={H - 8} text-anchor={n() === 1 ? 'middle' : i() === 0 ? 'start' : i() === n() - 1 ? 'end' : 'middle'}>
                    {shortDay(c.revealedAt)}
                  </text>
                </Show>
              </>
            );
          }}
        </For>
        <polyline class="series-theirs" points={line(props.otherId)} />
        <polyline class="series-mine" points={line(props.myId)} />
        <For each={props.checkins}>
          {(c, i) => (
            <>
              <Show when={value(c, props.otherId)}>{(v) => <rect class="mark-theirs" x={x(i()) - 5} y={y(v()) - 5} width={10} height={10} />}</Show>
              <Show when={value(c, props.myId)}>{(v) => <circle class="mark-mine" cx={x(i())} cy={y(v())} r={5} />}</Show>
            </>
          )}
        </For>
      </svg>
      <Show when={apart()}><p class="quiet">{t('checkins.chart.apart', { name: props.otherName })}</p></Show>
    </figure>
  );
}

export function CheckinChart(props: Props) {
  return (
    <div class="charts">
      <ul class="legend" aria-hidden="true">
        <li><svg viewBox="0 0 40 12" class="key"><line class="series-mine" x1="2" x2="38" y1="6" y2="6" /><circle class="mark-mine" cx="20" cy="6" r="4" /></svg>{t('space.you')}</li>
        <li><svg viewBox="0 0 40 12" class="key"><line class="series-theirs" x1="2" x2="38" y1="6" y2="6" /><rect class="mark-theirs" x="16" y="2" width="8" height="8" /></svg>{labelOf(props.otherName)}</li>
        <li><svg viewBox="0 0 40 12" class="key"><rect class="gap" x="14" y="0" width="12" height="12" rx="3" /></svg>{t('checkins.chart.gapKey')}</li>
      </ul>
      <p class="hint">{t('checkins.chart.intro', { name: props.otherName })}</p>
      <div class="multiples">
        <For each={MEASURES}>{(m) => <Multiple {...props} measure={m} />}</For>
      </div>
      <CheckinTable {...props} />
    </div>
  );
}

/** The same answers for screen readers and anyone who prefers a table. Each check-in is a row
 *  group headed by the day it was shown, on a row of its own, so the table has one column fewer
 *  and fits a phone even where the measures are long words ("Gewaardeerd"). A friend who left
 *  is "the friend who left" in the caption, and a short "your friend" in their rows. */
export function CheckinTable(props: Props) {
  const newestFirst = () => props.checkins.slice().reverse();
  return (
    <details class="table-wrap">
      <summary>{t('checkins.table.show')}</summary>
      {/* Scrolls sideways rather than squeezing if it must; focusable so keys can scroll it. */}
      <div class="table-scroll" role="region" aria-label={t('checkins.tableRegion')} tabindex="0">
      <table class="checkin-table" data-testid="checkin-table">
        <caption>{t('checkins.table.caption', { name: props.otherName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('checkins.table.who')}</th>
            <For each={MEASURES}>{(m) => <th scope="col">{t(`checkins.q.${m}.legend`)}</th>}</For>
          </tr>
        </thead>
        <For each={newestFirst()}>
          {(c) => (
            <tbody>
              <tr class="checkin-day">
                <th scope="rowgroup" colSpan={MEASURES.length + 1}>{t('checkins.revealedOn', { date: shortDay(c.revealedAt) })}</th>
              </tr>
              <For each={[props.myId, props.otherId]}>
                {(who) => (
                  <tr>
                    <th scope="row">{who === props.myId ? t('space.you') : props.otherName || t('checkins.table.whoLeft')}</th>
                    <For each={MEASURES}>{(m) => <td>{c.answers[who]?.[m] ?? t('checkins.table.none')}</td>}</For>
                  </tr>
                )}
              </For>
            </tbody>
          )}
        </For>
      </table>
      </div>
    </details>
  );
}
