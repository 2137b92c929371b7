/** A bell drawn inline (emoji fonts are not everywhere); crossed out when notifications are off. */
export function BellIcon({ crossed = false, size = 18 }: { crossed?: boolean; size?: number }) {
  return (
    <svg
      aria-hidden="true"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15Z" strokeLinejoin="round" />
      <path d="M10 20.5a2 2 0 0 0 4 0" />
      {crossed && <path d="M4 4l16 16" />}
    </svg>
  );
}
