export const MOCK_API_VERSION = '0.1.0';
