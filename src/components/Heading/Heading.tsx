import * as React from 'react';
import { oneOf } from '../../internal/values';
import { lg, md, root, sm, xl } from './Heading.css';

export const headingLevels = [1, 2, 3, 4, 5, 6, 'p'] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export const headingSizes = ['sm', 'md', 'lg', 'xl'] as const;
export type HeadingSize = (typeof headingSizes)[number];

const sizeClass: Record<HeadingSize, string> = { sm, md, lg, xl };

const defaultSize: Record<HeadingLevel, HeadingSize> = { 1: 'xl', 2: 'lg', 3: 'md', 4: 'sm', 5: 'sm', 6: 'sm', p: 'sm' };

export interface HeadingProps extends React.HTMLAttributes<HTMLHeadingElement> {
  /** Outline level, or `p` for none. Default: 2. */
  level?: HeadingLevel | undefined;
  /** Visual size; defaults from the level. */
  size?: HeadingSize | undefined;
}

/**
 * A heading whose level the host chooses (the page outline is theirs), and whose
 * look is chosen separately. `level="p"` renders a styled paragraph for places
 * that must not add to the outline.
 */
export const Heading = /* @__PURE__ */ React.forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, className, ...rest },
  ref,
) {
  const resolvedLevel = oneOf('Heading', 'level', level, headingLevels, 2);
  const resolvedSize = oneOf('Heading', 'size', size, headingSizes, defaultSize[resolvedLevel]);
  const Element = resolvedLevel === 'p' ? 'p' : (`h${resolvedLevel}` as const);
  const classes = `${root} ${sizeClass[resolvedSize]}${className ? ` ${className}` : ''}`;
  return <Element ref={ref} {...rest} className={classes} />;
});
