/** Placeholder shaped like the card and footer, so nothing jumps when the digest arrives. */
export function Skeleton({ note }: { note: string }) {
  return (
    <div class="popup popup--loading">
      <main class="card" aria-busy="true">
        <p class="skeleton__note" role="status" data-testid="loading">{note}</p>
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
      <footer class="popup__footer" aria-hidden="true">
        <div class="skeleton skeleton--button" />
      </footer>
    </div>
  );
}
