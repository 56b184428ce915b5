import { Component, type ComponentChildren, type VNode } from 'preact';

interface ErrorBoundaryProps {
  /** What stands in for the children once they threw while rendering; `retry` renders them again. */
  fallback: (error: unknown, retry: () => void) => VNode | null;
  children: ComponentChildren;
}

interface ErrorBoundaryState {
  /** What the children threw, and the props they threw with. */
  failed: { error: unknown; props: ErrorBoundaryProps } | null;
}

/**
 * Catches an error thrown while its children render (or in their effects) and shows `fallback`
 * in their place: a rendering bug takes its own part of the card away, never the whole popup.
 * The children are tried again when the parent renders this boundary again (the glue's next
 * state, a new setting, the gist's next words): a failure holds only for the props it came with.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: null };

  override componentDidCatch(error: unknown): void {
    // Kept for the extension's error console; the reader gets the fallback's words.
    console.error(error);
    this.setState({ failed: { error, props: this.props } });
  }

  retry = (): void => this.setState({ failed: null });

  override render() {
    // Preact re-renders a component for its own setState with the same props object, and
    // for its parent's render with a new one.
    const { failed } = this.state;
    return failed && failed.props === this.props ? this.props.fallback(failed.error, this.retry) : this.props.children;
  }
}
