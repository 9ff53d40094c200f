import { Panel } from './panel';

/** An honest placeholder for a section that has not shipped yet. */
export function ComingSoon({ what }: { what: string }) {
  return (
    <Panel>
      <p className="text-fg-muted">{what} is not available yet. It is on the roadmap; nothing here pretends to work.</p>
    </Panel>
  );
}
