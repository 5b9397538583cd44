/**
 * The highlighted "What the outside sees" panel: source MAC and IP of VM 100's echo request on
 * the node's uplink cable, with whose MAC/IP it is, all read from the run (trace + snapshot).
 * It appears once the reader has stepped to the moment the frame leaves pve.
 * Props: `run`, `index` (current step), `lang`, `headingLevel`.
 */
import { useMemo } from 'react';
import { Heading } from '../../core/Heading.tsx';
import type { LabRun } from '../../core/lab-model.ts';
import { nameOf } from '../../core/names.ts';
import { fmtMac, type Lang } from '../../i18n/lang.ts';
import { modeMapText as T } from '../../i18n/mode-map.ts';
import { INSIDE, modeOf, OUTSIDE_IP } from './mode-map-lab.ts';
import { ipOwner, macOwner, outsideView, type Owner } from './outside-view.ts';

export function OutsideSees({ run, index, lang, headingLevel }: { run: LabRun; index: number; lang: Lang; headingLevel: number }) {
  const mode = modeOf(run.variant);
  const view = useMemo(() => outsideView(run.trace, INSIDE, OUTSIDE_IP[mode]), [run.trace, mode]);
  const shownAt = view ? run.steps.findIndex((s) => s.events.some((e) => e.seq === view.seq)) : -1;
  const pinged = run.actions.length > 0;
  const revealed = view !== undefined && shownAt >= 0 && index >= shownAt;
  const name = (id: string) => nameOf(run.names, id, lang);
  const owner = (o: Owner | undefined) => (o ? T.outside.owner[lang](name(o.host), o.dev) : T.outside.unknownOwner[lang]);

  return (
    <div className={`nm-mm-outside${revealed ? ' nm-mm-revealed' : ''}`} data-mode={mode} aria-live="polite">
      <Heading level={headingLevel}>{T.outside.title[lang]}</Heading>
      {revealed && view ? (
        <>
          <dl className="nm-mm-seen">
            <div>
              <dt>{T.outside.mac[lang]}</dt>
              <dd>
                <code data-testid="outside-mac">{fmtMac(view.mac)}</code> <span className="nm-mm-owner">({owner(macOwner(run.initial, view.mac, view.from))})</span>
              </dd>
            </div>
            <div>
              <dt>{T.outside.ip[lang]}</dt>
              <dd>
                <code data-testid="outside-ip">{view.ip}</code> <span className="nm-mm-owner">({owner(ipOwner(run.initial, view.ip))})</span>
              </dd>
            </div>
          </dl>
          <p className="nm-mm-why">{T.why[mode][lang]}</p>
          <p className="nm-mm-where">{T.outside.where[lang](name(view.from.node), view.from.port, name(view.to.node))}</p>
        </>
      ) : (
        <p className="nm-mm-pending">{pinged && !view ? T.outside.none[lang] : T.outside.pending[lang]}</p>
      )}
    </div>
  );
}
