/**
 * Placeholder shaped like the card and footer, so nothing jumps when the digest arrives:
 * the headline bars sit where the headline will, the status note where the Copy buttons will.
 */
export function Skeleton({ note }: { note: string }) {
  return (
    <div class="popup popup--loading">
      <main class="card" aria-busy="true">
        <div class="skeleton skeleton--site" />
        <div class="skeleton skeleton--title" />
        <div class="skeleton skeleton--title skeleton--short" />
        <div class="skeleton skeleton--meta" />
        <div class="skeleton skeleton--meta skeleton--meta-short" />
        <div class="skeleton skeleton--heading" />
        {[0, 1, 2].map((i) => (
          <div key={i} class="skeleton skeleton--line" />
        ))}
        <div class="skeleton skeleton--heading" />
        <div class="skeleton skeleton--chips" />
      </main>
      <footer class="popup__footer">
        <p class="skeleton__note" role="status" data-testid="loading">{note}</p>
        <div class="skeleton skeleton--button" aria-hidden="true" />
      </footer>
    </div>
  );
}
