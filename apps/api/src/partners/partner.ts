export interface Partner {
  id: string;
  initiativeId: string;
  slug: string;
  name: string;
  allowedOrigins: string[];
  hasToken: boolean;
}

export interface NewPartner {
  initiativeId: string;
  slug: string;
  name: string;
  allowedOrigins: string[];
  tokenHash: Buffer;
}
