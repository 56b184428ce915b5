/** Placeholder shaped like the digest, so nothing jumps when it arrives. */
export function Skeleton({ note }: { note: string }) {
  return (
    <main class="popup popup--loading" aria-busy="true">
      <p class="skeleton__note" role="status" data-testid="loading">{note}</p>
      <div class="skeleton skeleton--site" />
      <div class="skeleton skeleton--title" />
      <div class="skeleton skeleton--title skeleton--short" />
      <div class="skeleton skeleton--meta" />
      {[0, 1, 2].map((i) => (
        <div key={i} class="skeleton skeleton--line" />
      ))}
      <div class="skeleton skeleton--chips" />
    </main>
  );
}
