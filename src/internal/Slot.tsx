/**
 * `asChild` support: renders the single child element with our props merged in.
 * Written here instead of using @radix-ui/react-slot because that costs about
 * 1.2 KB min+gzip, which alone would blow HowToSayIt's 3 KB budget; this covers
 * what careerkit needs (class and style merged, handlers composed with the
 * child's running first, refs composed) in a fraction of it.
 */
import * as React from 'react';

type AnyProps = Record<string, unknown>;

function setRef<T>(ref: React.Ref<T> | undefined, value: T) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as React.MutableRefObject<T>).current = value;
}

/** React 19 keeps an element's ref in props; React 18 on the element. */
function elementRef(element: React.ReactElement): React.Ref<unknown> | undefined {
  const propsRef = (element.props as AnyProps).ref;
  if (propsRef !== undefined || React.version.startsWith('19')) return propsRef as React.Ref<unknown>;
  return (element as unknown as { ref?: React.Ref<unknown> }).ref;
}

export const Slot = /* @__PURE__ */ React.forwardRef<HTMLElement, AnyProps & { children?: React.ReactNode }>(
  function Slot({ children, ...slotProps }, forwardedRef) {
    if (!React.isValidElement(children)) return null;
    const child = children as React.ReactElement<AnyProps>;
    const childProps = child.props;
    const merged: AnyProps = { ...slotProps, ...childProps };
    for (const key of Object.keys(slotProps)) {
      const ours = slotProps[key];
      const theirs = childProps[key];
      if (/^on[A-Z]/.test(key) && typeof ours === 'function') {
        // The child's handler runs first; a child passing `undefined` must not erase ours.
        merged[key] =
          typeof theirs === 'function'
            ? (...args: unknown[]) => {
                theirs(...args);
                ours(...args);
              }
            : ours;
      }
    }
    merged.className = [slotProps.className, childProps.className].filter(Boolean).join(' ') || undefined;
    if (slotProps.style || childProps.style) merged.style = { ...(slotProps.style as object), ...(childProps.style as object) };
    const childRef = elementRef(child);
    merged.ref = (node: HTMLElement | null) => {
      setRef(forwardedRef, node);
      setRef(childRef as React.Ref<HTMLElement | null>, node);
    };
    return React.cloneElement(child, merged);
  },
);
