import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { errorText, type Translate } from "./i18n";

interface BoundaryProps {
  t: Translate;
  children: ReactNode;
}

/** A part whose script could not be fetched (the add-in's server unreachable) says so instead of blanking the pane. */
class PartBoundary extends Component<BoundaryProps, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          {this.props.t("partFailed", { message: errorText(this.state.error) })}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

/**
 * A part of the pane that is not needed to show the first verdict: its code is a chunk of its own, fetched the first
 * time the part is shown, so that the pane's first scripts stay small.
 */
export function lazyPart<P extends { t: Translate }>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  // Typed as what it renders: React's lazy() types cannot see through a generic P.
  const Loaded = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  return function LazyPart(props: P) {
    return (
      <PartBoundary t={props.t}>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </PartBoundary>
    );
  };
}
