/**
 * PacketInspector: the headers of the frame at the current step (Ethernet, ARP, IPv4,
 * ICMP/TCP/UDP, LACP, STP). When the step rewrote the frame (NAT, routing), the frame before and
 * after are shown side by side and the changed fields are highlighted and labelled "changed".
 *
 * Props: `lang`; `frame` (the frame at this step, or undefined); `frameAfter` (after a rewrite).
 */
import type { Frame } from '../../sim/frame.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import { changedFields, frameLayers, type HeaderLayer } from './frame-fields.ts';
import { PacketInspectorEmpty } from './PacketInspectorEmpty.tsx';
import { ScrollWrap } from './ScrollWrap.tsx';
import './widgets.css';

export interface PacketInspectorProps {
  lang: Lang;
  frame?: Frame | undefined;
  frameAfter?: Frame | undefined;
}

export function PacketInspector({ lang, frame, frameAfter }: PacketInspectorProps) {
  const t = ui(lang);
  if (!frame) return <PacketInspectorEmpty lang={lang} />;
  const before = frameLayers(frame, lang);
  const after = frameAfter ? frameLayers(frameAfter, lang) : undefined;
  const changed = after ? changedFields(before, after) : new Set<string>();
  return (
    <div className={`nm-inspector${after ? ' has-after' : ''}`} role="group" aria-label={t.inspectorLabel}>
      <Headers layers={before} title={after ? t.before : t.inspectorLabel} changed={after ? changed : new Set()} t={t} />
      {after && <Headers layers={after} title={t.after} changed={changed} t={t} />}
    </div>
  );
}

function Headers({ layers, title, changed, t }: { layers: HeaderLayer[]; title: string; changed: Set<string>; t: ReturnType<typeof ui> }) {
  return (
    <ScrollWrap>
      <table>
        <caption>{title}</caption>
        <tbody>
          {layers.map((l) => [
            <tr key={`${l.id}-title`} className="nm-layer-row">
              <th scope="colgroup" colSpan={2}>
                {l.title}
              </th>
            </tr>,
            ...l.fields.map((f) => {
              const isChanged = changed.has(`${l.id}.${f.name}`);
              return (
                <tr key={`${l.id}.${f.name}`} className={isChanged ? 'nm-field-changed' : undefined}>
                  <th scope="row">{f.name}</th>
                  <td className="nm-mono">
                    {f.value}
                    {isChanged && <span className="nm-row-flag">{t.changedField}</span>}
                  </td>
                </tr>
              );
            }),
          ])}
        </tbody>
      </table>
    </ScrollWrap>
  );
}
