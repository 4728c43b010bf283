-- A random token per appointment request, for the Telegram deep link that lets a person follow
-- a kiosk request on their phone. It is not the reference code: a photo of the QR code alone
-- does not reveal the code, and the token can be revoked once used.
ALTER TABLE appointment_requests ADD COLUMN follow_token TEXT;
CREATE UNIQUE INDEX appointment_requests_follow_token ON appointment_requests(follow_token);
