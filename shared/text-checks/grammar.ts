// placeholder, filled in below
export interface Grammar { readonly classes: Record<string, unknown> }
