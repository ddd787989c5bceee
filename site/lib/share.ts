/**
 * Share links that are plain addresses: nothing is loaded from these sites until the
 * reader follows one, so the page itself makes no third-party request.
 */
export type ShareTarget = 'email' | 'x' | 'facebook' | 'whatsapp' | 'linkedin';

export function shareLinks(url: string, title: string, text: string): { target: ShareTarget; href: string }[] {
  const u = encodeURIComponent(url);
  const withUrl = encodeURIComponent(`${text} ${url}`);
  return [
    { target: 'email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${withUrl}` },
    { target: 'x', href: `https://x.com/intent/tweet?text=${encodeURIComponent(text)}&url=${u}` },
    { target: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { target: 'whatsapp', href: `https://wa.me/?text=${withUrl}` },
    { target: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
