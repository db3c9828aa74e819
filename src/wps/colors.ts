/** "#RRGGBB" → the BGR number (0xBBGGRR) that Interior.Color takes. */
export function bgr(hex: string): number {
  const n = parseInt(hex.replace(/^#/, ""), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}
