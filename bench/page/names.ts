// Real first and last names from many countries, a few with accents, so prefix search meets
// realistic token distributions (many "ma…", few "zo…").
export const FIRST_NAMES =
  `James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard
Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Margaret
Steven Ashley Paul Kimberly Andrew Emily Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda George Melissa Timothy
Deborah Ronald Stephanie Jason Rebecca Edward Sharon Jeffrey Laura Ryan Cynthia Jacob Dorothy Gary Amy Nicholas
Kathleen Eric Angela Jonathan Shirley Stephen Emma Larry Brenda Justin Pamela Scott Nicole Brandon Anna Benjamin
Samantha Samuel Katherine Gregory Christine Alexander Debra Patrick Rachel Frank Carolyn Raymond Janet Jack Maria
Dennis Olivia Jerry Heather Tyler Helen Aaron Catherine Jose Diane Adam Julie Nathan Victoria Henry Joyce Zachary
Lauren Douglas Kelly Peter Christina Kyle Ruth Noah Joan Ethan Virginia Jeremy Judith Walter Evelyn Christian Hannah
Keith Andrea Roger Megan Terry Cheryl Austin Jacqueline Sean Madison Gerald Teresa Carl Abigail Harold Sophia Dylan
Martha Arthur Sara Lawrence Gloria Jordan Janice Jesse Kathryn Bryan Ann Billy Isabella Bruce Judy Gabriel Charlotte
Joe Julia Logan Grace Alan Amber Juan Alice Albert Jean Willie Denise Elijah Frances Wayne Danielle Randy Marilyn
Vincent Natalie Mei Wei Li Jun Hui Ying Priya Arjun Ananya Rahul Aisha Omar Fatima Yusuf Hiroshi Yuki Sakura Kenji
Søren Ingrid Björn Astrid Lars Freya Mateo Lucía Sofía Martín Valentina Diego Camila João Inês Thiago Zoë Chloé Léa
Théo Noémie François Élodie Jürgen Günter Müller Dmitri Olga Ivan Natasha Kwame Ama Chidi Ngozi Tariq Leila Amir
Nadia Hassan Yara Kai Nia Ravi Meera Sanjay Deepa Anil Sunita Tomás Paulo Renata Bruno Marta Piotr Agnieszka Jakub
Zofia Mikhail Irina Ahmed Mariam Khalid Salma Chen Lin Yan Fang Tao Min Jia Xin Hao Ling`
    .split(/\s+/)
    .filter(Boolean);

export const LAST_NAMES = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez
Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera
Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris
Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward
Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel
Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales
Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole
Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez
McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson
Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes Palmer Wagner Black Robertson
Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver
Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight
Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman
Johnston Matthews Peña Richards Contreras Willis Carpenter Lawrence Sandoval Wang Zhang Liu Yang Huang Zhao Wu Zhou
Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Sharma Gupta Singh Kumar Reddy Iyer Nair Das Tanaka Suzuki Sato
Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Novak Horvat Kowalski Nowak Wiśniewski Dubois Lefèvre
Moreau Laurent Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Müller Schneider Fischer Weber Becker Schulz
Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
Werner Krause Meier Lehmann Köhler Jensen Nielsen Pedersen Andersen Larsen Sørensen Rasmussen Johansson Karlsson
Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Rossi Russo Ferrari Esposito Bianchi Romano
Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti Okafor Mensah Adeyemi
Okonkwo Abubakar Haddad Khoury Nasser Aziz Rahman Hussain Karimi Ahmadi Yilmaz Kaya Demir Şahin Çelik Ivanov
Smirnov Kuznetsov Popov Petrov Volkov Sokolov Lebedev Kozlov Novikov Morozov Pavlov`
  .split(/\s+/)
  .filter(Boolean);

export const TITLES = [
  'Head of Procurement',
  'Purchasing Manager',
  'CEO',
  'CFO',
  'Operations Director',
  'Account Executive',
  'Office Manager',
  'IT Lead',
  'Marketing Manager',
  'Founder',
  'Buyer',
  'Project Manager',
];

export const ORG_WORDS = `Acme Globex Initech Umbrella Stark Wayne Hooli Vandelay Wonka Tyrell Cyberdyne Soylent
Massive Dynamic Aperture Black Mesa Oscorp Gringotts Monarch Nakatomi Virtucon Duff Krusty Sterling Cooper Prestige
Worldwide Dunder Mifflin Pied Piper Bluth Los Pollos Gekko Wernham Hogg Blue Sun Buy More Big Kahuna Northwind Contoso
Fabrikam Tailspin Adventure Works Litware Proseware Lucerne Margie Alpine Fourth Coffee Wingtip Woodgrove Trey
Coho Baldwin Datum Humongous Graphic Design Lamna Relecloud Southridge Wide World Consolidated Olympia Harbor Summit
Granite Cedar Maple Birch Aspen Willow Orchid Lotus Jade Amber Coral Onyx Quartz Cobalt Indigo Saffron Juniper`
  .split(/\s+/)
  .filter(Boolean);

export const SUBJECTS = [
  'Renewal quote',
  'Follow-up on our call',
  'Invoice question',
  'Meeting next week',
  'Proposal v2',
  'Order confirmation',
  'Re: pricing',
  'Intro',
  'Contract draft',
  'Quick question',
];
