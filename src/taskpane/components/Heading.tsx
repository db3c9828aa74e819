import { type ReactNode } from "react";

type Tag = "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

interface Props {
  /** 1–6; the pane and the web page nest the same components at different depths. */
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** A heading whose level is given by where it is shown, so that levels never skip (h1 → h3). */
export function Heading({ level, id, className, children }: Props) {
  const Tag = `h${Math.min(6, Math.max(1, level))}` as Tag;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
