// Timings the budget script reads from the panel page (`window.__panelMetrics`).
export interface PanelMetrics {
  titleRenderedMs?: number;
  extractionMs?: number;
}

declare global {
  interface Window {
    __panelMetrics?: PanelMetrics;
  }
}

export function recordPanelMetric(name: keyof PanelMetrics, value: number): void {
  window.__panelMetrics = { ...window.__panelMetrics, [name]: Math.round(value * 10) / 10 };
}
