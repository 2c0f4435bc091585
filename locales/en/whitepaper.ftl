wp-storage-title = 2. Data storage locations
wp-storage-intro = The data our customers entrust to us is stored in the data centres of the cloud vendor shown below.
wp-storage-col-service = Service
wp-storage-col-location = Where the data is stored
