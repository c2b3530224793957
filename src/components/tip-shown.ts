/** The page's one tooltip (tip-host.tsx) and what shows it (tip-anchors.ts). */
export const TIP_ID = 'kh-tip';
export const GAP_PX = 6;

export interface Shown {
  anchor: HTMLElement;
  text: string;
  /** The first line in bold (`data-tip="lead"`): a state's why above its explanation. */
  lead: boolean;
  top: number;
  left: number;
}
