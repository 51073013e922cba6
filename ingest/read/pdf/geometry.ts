/** Page geometry in PDF points, top-down: `top` grows downwards from the page's top edge. */
export interface Box {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** A word of the text layer with the box it is drawn in. */
export interface Word extends Box {
  text: string;
  /** Font size (the text's height), points. */
  size: number;
  bold: boolean;
}

/** A horizontal (top === bottom) or vertical (x0 === x1) ruling line. */
export interface Edge extends Box {
  orientation: "h" | "v";
}

export interface PageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  words: Word[];
  edges: Edge[];
  /** Images painted on the page (a scan is images and no words). */
  images: number;
}

export function centreX(box: Box): number {
  return (box.x0 + box.x1) / 2;
}

export function centreY(box: Box): number {
  return (box.top + box.bottom) / 2;
}

export function contains(outer: Box, x: number, y: number, tolerance = 0): boolean {
  return x >= outer.x0 - tolerance && x <= outer.x1 + tolerance && y >= outer.top - tolerance && y <= outer.bottom + tolerance;
}
