// Whole numbers in messages and scenario text with their thousands grouped ("10,000"), as toLocaleString("en-US")
// writes them, without Intl: the first Intl formatter an isolate makes cost workerd some 12 ms of CPU (npm run
// bench:api), more than a Free-plan request's whole budget. (Its own module: the widget's main bundle never needs it.)

export const grouped = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
