import { ButtonLink } from '@/components/ui/button';

export default function NotFound() {
  return (
    <div className="flex flex-col items-start gap-4 py-12">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-fg-muted">The page you asked for doesn’t exist or has moved.</p>
      <ButtonLink href="/">Back to the start</ButtonLink>
    </div>
  );
}
