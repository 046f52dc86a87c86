/**
 * News and photo agencies as they appear in photo credits ("EPA/MARTIAL
 * TREZZINI", "REUTERS/Omar Sanadiki", "AP Photo/Hassan Ammar") and in
 * datelines ("/TASS/", "(Reuters)"). Seed 003 has the EPA credit and the TASS
 * dateline. Upper case, as credits print them; matching ignores case.
 */
export const NEWS_AGENCIES = [
  // wire services
  'AP', 'AFP', 'REUTERS', 'TASS', 'ITAR-TASS', 'RIA', 'RIA NOVOSTI', 'SPUTNIK', 'INTERFAX', 'XINHUA', 'EFE', 'ANSA',
  'DPA', 'PA', 'UPI', 'KYODO', 'YONHAP', 'ANADOLU', 'AA', 'IRNA', 'SANA', 'WAFA', 'MENA', 'PTI', 'IANS', 'BERNAMA',
  'ANTARA', 'CNA', 'LUSA', 'APA', 'CTK', 'PAP', 'BTA', 'MTI', 'NTB', 'TT', 'STT', 'RITZAU', 'BELGA', 'ANP', 'KEYSTONE',
  'PRNEWSWIRE', 'BUSINESS WIRE', 'GLOBENEWSWIRE', 'BLOOMBERG', 'CNN', 'BBC', 'RT', 'IANS', 'UNI', 'NNA', 'QNA', 'KUNA',
  // photo agencies
  'EPA', 'EPA-EFE', 'GETTY', 'GETTY IMAGES', 'SHUTTERSTOCK', 'ALAMY', 'CORBIS', 'SIPA', 'ZUMA', 'ZUMA PRESS', 'IMAGO',
  'NURPHOTO', 'ABACA', 'REX', 'REX FEATURES', 'POOL', 'AP PHOTO', 'AFP PHOTO', 'REUTERS PHOTO', 'TASS PHOTO', 'ISTOCK',
  'ISTOCKPHOTO', 'WIKIMEDIA COMMONS', 'HANDOUT', 'SOPA IMAGES', 'LIGHTROCKET', 'PICTURE ALLIANCE', 'PICTURE-ALLIANCE',
] as const;

/** Labels that introduce a credit ("Photo: …", "Image credit: …", "© …"). */
export const CREDIT_LABELS = [
  'photo', 'photos', 'photo by', 'photograph', 'photograph by', 'picture', 'image', 'images', 'image credit',
  'photo credit', 'credit', 'credits', 'source', 'foto', 'bild', 'video', 'illustration', 'graphic', 'copyright',
] as const;
