wp-storage-title = 2. データ保管場所
wp-storage-intro = お客様からお預かりしたデータは、下記に示すクラウドベンダーのデータセンターに保管されます。
wp-storage-col-service = サービス名
wp-storage-col-location = データ保管場所
